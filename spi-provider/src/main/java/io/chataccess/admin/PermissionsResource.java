package io.chataccess.admin;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.PermissionRules;
import io.chataccess.rules.Texts;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.keycloak.events.admin.OperationType;

/** {@code /chat-access/permissions}: the catalog, built-in and custom. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class PermissionsResource {

  private final AdminContext context;

  PermissionsResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response list() {
    context.requireViewOrDelegation();
    return JsonResponses.ok(
        catalog().permissions().stream().map(PermissionsResource::toRepresentation).toList());
  }

  @POST
  public Response create(String body) {
    context.requireManageRealm();
    PermissionRepresentation rep =
        RequestBodies.read(context.session(), body, PermissionRepresentation.class);
    FieldErrors errors = new FieldErrors();
    PermissionRules.key(rep.key(), "key", errors);
    PermissionKind kind = PermissionRules.kind(rep.kind(), "kind", errors);
    Texts.description(rep.description(), "description", errors);
    errors.check(
        rep.builtIn() == null || !rep.builtIn(), "builtIn", "custom permissions are not built in");
    ProblemException.throwIfAny(errors);
    PermissionRepresentation created =
        context.write(
            OperationType.CREATE,
            ResourceTypes.PERMISSION,
            () -> {
              List<Permission> custom = context.store().permissions().list(context.realmId());
              if (PermissionCatalog.withCustom(custom).contains(rep.key())) {
                throw ProblemException.conflict(
                    "key", "Permission " + rep.key() + " exists already.");
              }
              Permission permission =
                  new Permission(rep.key(), kind, rep.description(), false, rep.requires());
              List<Permission> joined = new java.util.ArrayList<>(custom);
              joined.add(permission);
              FieldErrors prerequisite = new FieldErrors();
              PermissionRules.prerequisite(
                  permission, PermissionCatalog.withCustom(joined), "requires", prerequisite);
              ProblemException.throwIfAny(prerequisite);
              // a new permission is granted by nothing yet
              context.unit().changes().kind(ChangeKinds.PERMISSION);
              return toRepresentation(
                  context.store().permissions().create(context.realmId(), permission));
            },
            done -> List.of("permissions", done.key()));
    return JsonResponses.created(context.locationOf(created.key()), created);
  }

  @GET
  @Path("{key}")
  public Response get(@PathParam("key") String key) {
    context.requireViewOrDelegation();
    return JsonResponses.ok(toRepresentation(require(key)));
  }

  @DELETE
  @Path("{key}")
  public Response delete(@PathParam("key") String key) {
    context.requireManageRealm();
    Permission permission = require(key);
    if (permission.builtIn()) {
      throw ProblemException.invalid("key", "built-in permissions cannot be deleted");
    }
    PermissionRepresentation removed = toRepresentation(permission);
    context.write(
        () -> {
          if (context.store().permissions().isInUse(context.realmId(), key)) {
            throw ProblemException.conflict(
                "Permission "
                    + key
                    + " is granted by a role or an assignment; remove those grants first.");
          }
          catalog().permissions().stream()
              .filter(p -> key.equals(p.requires()))
              .findFirst()
              .ifPresent(
                  dependent -> {
                    throw ProblemException.conflict(
                        "Permission "
                            + dependent.key()
                            + " requires "
                            + key
                            + "; delete it first.");
                  });
          // granted by nothing (checked above): nobody's permissions change
          context.unit().changes().kind(ChangeKinds.PERMISSION);
          context.store().permissions().delete(context.realmId(), key);
          return removed;
        },
        done ->
            List.of(
                new AdminRecord(
                    OperationType.DELETE,
                    ResourceTypes.PERMISSION,
                    removed,
                    List.of("permissions", key))));
    return Response.noContent().build();
  }

  private Permission require(String key) {
    return catalog()
        .find(key)
        .orElseThrow(
            () -> ProblemException.notFound("No permission " + key + " in this realm's catalog."));
  }

  private PermissionCatalog catalog() {
    return PermissionCatalog.withCustom(context.store().permissions().list(context.realmId()));
  }

  private static PermissionRepresentation toRepresentation(Permission permission) {
    return new PermissionRepresentation(
        permission.key(),
        permission.kind().name().toLowerCase(Locale.ROOT),
        permission.description(),
        permission.builtIn(),
        permission.requires());
  }
}
