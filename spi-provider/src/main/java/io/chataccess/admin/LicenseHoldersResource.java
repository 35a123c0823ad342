package io.chataccess.admin;

import io.chataccess.domain.Seats;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rest.UserReferences;
import io.chataccess.rules.FieldErrors;
import io.chataccess.store.StoredHolder;
import io.chataccess.store.StoredLicenseType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/** {@code /chat-access/licenses/{id}/holders}: the users holding a seat. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class LicenseHoldersResource {

  private final AdminContext context;
  private final StoredLicenseType license;

  LicenseHoldersResource(AdminContext context, StoredLicenseType license) {
    this.context = context;
    this.license = license;
  }

  @GET
  public Response list(@QueryParam("first") String first, @QueryParam("max") String max) {
    context.requireViewOrManageUsers();
    Paging paging = Paging.of(first, max);
    return JsonResponses.ok(
        context
            .store()
            .licenses()
            .holders(context.realmId(), license.id(), paging.first(), paging.max())
            .stream()
            .map(this::toRepresentation)
            .toList());
  }

  @POST
  public Response add(String body) {
    context.requireManageUsers();
    HolderRepresentation rep =
        RequestBodies.read(context.session(), body, HolderRepresentation.class);
    UserModel user = user(rep);
    HolderRepresentation added =
        context.write(
            OperationType.CREATE,
            ResourceTypes.LICENSE_HOLDER,
            () -> {
              Seats.Result seat =
                  new Seats(context.unit()).take(license.id(), user.getId(), "manual");
              return switch (seat.outcome()) {
                case TAKEN -> toRepresentation(seat.holder());
                case ALREADY_HELD ->
                    throw ProblemException.conflict(
                        "userId",
                        user.getUsername() + " holds license " + license.key() + " already.");
                case FULL ->
                    throw ProblemException.conflict(
                        "All "
                            + seat.license().seatLimit()
                            + " seats of license "
                            + license.key()
                            + " are taken.");
                case NO_SUCH_LICENSE -> throw ProblemException.notFound("The license was deleted.");
              };
            },
            done -> List.of("licenses", license.id(), "holders", user.getId()));
    return JsonResponses.created(context.locationOf(user.getId()), added);
  }

  @GET
  @Path("{userId}")
  public Response get(@PathParam("userId") String userId) {
    context.requireViewOrManageUsers();
    return JsonResponses.ok(toRepresentation(require(userId)));
  }

  @DELETE
  @Path("{userId}")
  public Response remove(@PathParam("userId") String userId) {
    context.requireManageUsers();
    HolderRepresentation removed = toRepresentation(require(userId));
    context.write(
        () -> new Seats(context.unit()).release(license.id(), userId),
        done ->
            List.of(
                new AdminRecord(
                    OperationType.DELETE,
                    ResourceTypes.LICENSE_HOLDER,
                    removed,
                    List.of("licenses", license.id(), "holders", userId))));
    return Response.noContent().build();
  }

  private UserModel user(HolderRepresentation rep) {
    FieldErrors errors = new FieldErrors();
    errors.check(
        (rep.userId() == null) != (rep.username() == null),
        "userId",
        "give either userId or username");
    readOnly(errors, "source", rep.source());
    readOnly(errors, "grantedAt", rep.grantedAt());
    readOnly(errors, "licenseId", rep.licenseId());
    readOnly(errors, "licenseKey", rep.licenseKey());
    ProblemException.throwIfAny(errors);
    UserModel user =
        UserReferences.byIdOrUsername(
            context.session(), context.realm(), rep.userId(), rep.username());
    if (user == null) {
      throw ProblemException.notFound("No such user in this realm.");
    }
    return user;
  }

  private static void readOnly(FieldErrors errors, String field, Object value) {
    errors.check(value == null, field, "read-only: set by the server");
  }

  private StoredHolder require(String userId) {
    return context
        .store()
        .licenses()
        .holder(context.realmId(), license.id(), userId)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "User " + userId + " holds no seat of " + license.key() + "."));
  }

  private HolderRepresentation toRepresentation(StoredHolder holder) {
    UserModel user = context.session().users().getUserById(context.realm(), holder.userId());
    return new HolderRepresentation(
        holder.userId(),
        user == null ? null : user.getUsername(),
        holder.source(),
        holder.grantedAt(),
        license.id(),
        license.key());
  }
}
