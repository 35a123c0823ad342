package io.chataccess.admin;

import io.chataccess.domain.KeyUniqueness;
import io.chataccess.policy.ChangeKinds;
import io.chataccess.policy.Channel;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.MergePatch;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.LicenseRules;
import io.chataccess.rules.Texts;
import io.chataccess.store.LicenseStore;
import io.chataccess.store.StoredLicenseType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.events.admin.OperationType;

/** {@code /chat-access/licenses}: license types; their holders below each. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class LicensesResource {

  private final AdminContext context;

  LicensesResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response list() {
    context.requireView();
    Map<String, Long> used = licenses().seatsUsedByLicense(context.realmId());
    return JsonResponses.ok(
        licenses().list(context.realmId()).stream()
            .map(l -> toRepresentation(l, used.getOrDefault(l.id(), 0L)))
            .toList());
  }

  @POST
  public Response create(String body) {
    context.requireManageRealm();
    StoredLicenseType license =
        validate(RequestBodies.read(context.session(), body, LicenseRepresentation.class), null);
    LicenseRepresentation created =
        context.write(
            OperationType.CREATE,
            ResourceTypes.LICENSE,
            () -> {
              checkKeyFree(license.key(), null);
              context.unit().changes().kind(ChangeKinds.LICENSE); // held by nobody yet
              return toRepresentation(licenses().create(context.realmId(), license), 0);
            },
            done -> List.of("licenses", done.id()));
    return JsonResponses.created(context.locationOf(created.id()), created);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    context.requireView();
    StoredLicenseType license = require(id);
    return JsonResponses.ok(toRepresentation(license, licenses().seatsUsed(context.realmId(), id)));
  }

  /** JSON Merge Patch of a license; the merged license is written as a {@code PUT} writes it. */
  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
  public Response patch(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    context.requireManageRealm();
    MergePatch.refuseIfMatch(ifMatch, "Licenses");
    LicenseRepresentation current = toRepresentation(require(id), 0L);
    return update(
        id,
        MergePatch.merged(
                current, Set.of("id", "seatsUsed"), MergePatch.read(context.session(), body))
            .toString());
  }

  @PUT
  @Path("{id}")
  public Response update(@PathParam("id") String id, String body) {
    context.requireManageRealm();
    require(id);
    StoredLicenseType change =
        validate(RequestBodies.read(context.session(), body, LicenseRepresentation.class), id);
    LicenseRepresentation updated =
        context.write(
            OperationType.UPDATE,
            ResourceTypes.LICENSE,
            () -> {
              checkKeyFree(change.key(), id);
              long used = licenses().seatsUsed(context.realmId(), id);
              if (change.seatLimit() != null && change.seatLimit() < used) {
                throw ProblemException.conflict(
                    "seats", used + " seats are in use; remove holders before lowering the limit.");
              }
              context.unit().declareLicenseChange(id);
              return toRepresentation(licenses().update(context.realmId(), change), used);
            },
            done -> List.of("licenses", id));
    return JsonResponses.ok(updated);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @QueryParam("cascade") String cascade) {
    context.requireManageRealm();
    boolean cascading = Flags.parse(cascade, "cascade");
    StoredLicenseType license = require(id);
    LicenseRepresentation removed =
        context.write(
            OperationType.DELETE,
            ResourceTypes.LICENSE,
            () -> {
              long used = licenses().seatsUsed(context.realmId(), id);
              if (used > 0 && !cascading) {
                throw ProblemException.conflict(
                    "License "
                        + license.key()
                        + " has "
                        + used
                        + " holders; delete with cascade=true.");
              }
              context.unit().declareLicenseChange(id);
              licenses().delete(context.realmId(), id);
              return toRepresentation(license, used);
            },
            done -> List.of("licenses", id));
    return Response.noContent().build();
  }

  @Path("{id}/holders")
  public LicenseHoldersResource holders(@PathParam("id") String id) {
    context.requireViewOrManageUsers();
    return new LicenseHoldersResource(context, require(id));
  }

  private StoredLicenseType validate(LicenseRepresentation rep, String id) {
    FieldErrors errors = new FieldErrors();
    Texts.key(rep.key(), "key", errors);
    Texts.name(rep.name(), "name", errors);
    LicenseRules.seats(rep.seats(), "seats", errors);
    Set<Channel> channels = LicenseRules.channels(rep.channels(), "channels", errors);
    errors.check(rep.seatsUsed() == null || id != null, "seatsUsed", "read-only");
    ProblemException.throwIfAny(errors);
    return new StoredLicenseType(id, rep.key(), rep.name().strip(), rep.seats(), channels);
  }

  private void checkKeyFree(String key, String ownId) {
    KeyUniqueness.requireFree(
        licenses().findByKey(context.realmId(), key),
        StoredLicenseType::id,
        ownId,
        "A license",
        key);
  }

  private StoredLicenseType require(String id) {
    return licenses()
        .find(context.realmId(), id)
        .orElseThrow(() -> ProblemException.notFound("No license " + id + " in this realm."));
  }

  private LicenseStore licenses() {
    return context.store().licenses();
  }

  static LicenseRepresentation toRepresentation(StoredLicenseType license, long used) {
    return new LicenseRepresentation(
        license.id(),
        license.key(),
        license.name(),
        license.seatLimit(),
        license.channels().stream().map(Channel::value).sorted().toList(),
        used);
  }
}
