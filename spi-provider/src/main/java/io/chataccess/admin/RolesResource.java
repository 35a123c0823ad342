package io.chataccess.admin;

import io.chataccess.domain.KeyUniqueness;
import io.chataccess.domain.RoleVersions;
import io.chataccess.policy.ChangeKinds;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Keys;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.MergePatch;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.GrantRules;
import io.chataccess.rules.Texts;
import io.chataccess.store.ChatRoleStore;
import io.chataccess.store.SaveMode;
import io.chataccess.store.StoredRole;
import io.chataccess.store.StoredRoleVersion;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.events.admin.OperationType;

/** {@code /chat-access/roles}: chat roles; every save makes a version. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class RolesResource {

  private final AdminContext context;

  RolesResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response list() {
    context.requireViewOrDelegation();
    return JsonResponses.ok(
        roles().list(context.realmId()).stream().map(RolesResource::toRepresentation).toList());
  }

  @POST
  public Response create(String body) {
    context.requireManageRealm();
    RoleRepresentation rep = RequestBodies.read(context.session(), body, RoleRepresentation.class);
    Validated role = validate(rep, true);
    RoleRepresentation created =
        context.write(
            OperationType.CREATE,
            ResourceTypes.ROLE,
            () -> {
              checkKeyFree(rep.key(), null);
              context.unit().changes().kind(ChangeKinds.ROLE); // held by nobody yet
              return toRepresentation(
                  roles()
                      .create(
                          context.realmId(),
                          rep.key(),
                          role.name(),
                          rep.description(),
                          role.grants(),
                          role.requiresLicense()));
            },
            done -> List.of("roles", done.id()));
    return withTag(Response.created(context.locationOf(created.id())), created);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    context.requireViewOrDelegation();
    return withTag(Response.ok(), toRepresentation(require(id)));
  }

  /**
   * JSON Merge Patch of a role's current version ({@code grants} merge per permission, {@code null}
   * removes one); the merged role is saved as a {@code PUT} saves it, with the same {@code mode}
   * and {@code If-Match}.
   */
  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
  public Response patch(
      @PathParam("id") String id,
      @QueryParam("mode") String modeName,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      String body) {
    context.requireManageRealm();
    RoleRepresentation current = toRepresentation(require(id));
    return update(
        id,
        modeName,
        ifMatch,
        MergePatch.merged(
                current, Set.of("id", "version"), MergePatch.read(context.session(), body))
            .toString());
  }

  @PUT
  @Path("{id}")
  public Response update(
      @PathParam("id") String id,
      @QueryParam("mode") String modeName,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      String body) {
    context.requireManageRealm();
    SaveMode mode = saveMode(modeName);
    Integer expected = expectedVersion(ifMatch);
    StoredRole existing = require(id);
    RoleRepresentation rep = RequestBodies.read(context.session(), body, RoleRepresentation.class);
    Validated role = validate(rep, false);
    if (!existing.key().equals(rep.key())) {
      throw ProblemException.invalid("key", "cannot change");
    }
    RoleRepresentation saved =
        context.write(
            () -> {
              int base = expected != null ? expected : require(id).version();
              StoredRole stored =
                  new RoleVersions(context.unit())
                      .save(
                          id,
                          base,
                          role.name(),
                          rep.description(),
                          role.grants(),
                          role.requiresLicense(),
                          mode)
                      .orElseThrow(
                          () ->
                              ProblemException.conflict(
                                  "The role is no longer at version "
                                      + base
                                      + "; reload it and save again."));
              return toRepresentation(stored);
            },
            done ->
                List.of(
                    new AdminRecord(
                        OperationType.UPDATE,
                        ResourceTypes.ROLE,
                        new SavedRole(done, mode.wireName()),
                        List.of("roles", id))));
    return withTag(Response.ok(), saved);
  }

  /** The admin event of a save: the new version and who gets it. */
  record SavedRole(RoleRepresentation role, String saveMode) {}

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @QueryParam("cascade") String cascade) {
    context.requireManageRealm();
    boolean cascading = Flags.parse(cascade, "cascade");
    RoleRepresentation removed = toRepresentation(require(id));
    context.write(
        () -> {
          long used = context.store().assignments().countByRole(context.realmId(), id);
          if (used > 0 && !cascading) {
            throw ProblemException.conflict(
                "Role "
                    + removed.key()
                    + " has "
                    + used
                    + " assignments; delete with cascade=true.");
          }
          context.unit().declareRoleChange(id);
          roles().delete(context.realmId(), id);
          return removed;
        },
        done ->
            List.of(
                new AdminRecord(
                    OperationType.DELETE, ResourceTypes.ROLE, removed, List.of("roles", id))));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/versions")
  public Response versions(@PathParam("id") String id) {
    context.requireViewOrDelegation();
    require(id);
    Map<Integer, Long> kept = context.store().keptVersions().countsByVersion(context.realmId(), id);
    return JsonResponses.ok(
        roles().versions(context.realmId(), id).stream()
            .map(v -> toRepresentation(v, kept))
            .toList());
  }

  @GET
  @Path("{id}/versions/{version}")
  public Response version(@PathParam("id") String id, @PathParam("version") String version) {
    context.requireViewOrDelegation();
    require(id);
    Map<Integer, Long> kept = context.store().keptVersions().countsByVersion(context.realmId(), id);
    return JsonResponses.ok(
        roles().versions(context.realmId(), id).stream()
            .filter(v -> String.valueOf(v.version()).equals(version))
            .findFirst()
            .map(v -> toRepresentation(v, kept))
            .orElseThrow(
                () -> ProblemException.notFound("The role has no version " + version + ".")));
  }

  private record Validated(String name, Grants grants, boolean requiresLicense) {}

  private Validated validate(RoleRepresentation rep, boolean creating) {
    FieldErrors errors = new FieldErrors();
    errors.check(Keys.isValidKey(rep.key()), "key", "must match " + Keys.NODE_KEY.pattern());
    Texts.name(rep.name(), "name", errors);
    Texts.description(rep.description(), "description", errors);
    errors.check(rep.version() == null || !creating, "version", "read-only");
    PermissionCatalog catalog =
        PermissionCatalog.withCustom(context.store().permissions().list(context.realmId()));
    Grants grants = GrantRules.validate(rep.grants(), catalog, "grants", errors);
    ProblemException.throwIfAny(errors);
    return new Validated(
        rep.name().strip(), grants, rep.requiresLicense() == null || rep.requiresLicense());
  }

  private static SaveMode saveMode(String name) {
    if (name == null || name.isEmpty()) {
      return SaveMode.APPLY;
    }
    return SaveMode.fromWireName(name)
        .filter(m -> m != SaveMode.CREATED)
        .orElseThrow(() -> ProblemException.invalid("mode", "must be apply or new-only"));
  }

  /** {@code If-Match: "3"} (weak tags accepted) names the version the client edited. */
  private static Integer expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
      return null;
    }
    String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Integer.valueOf(tag);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("If-Match", "must be the ETag of the role, e.g. \"3\"");
    }
  }

  private void checkKeyFree(String key, String ownId) {
    KeyUniqueness.requireFree(
        roles().findByKey(context.realmId(), key), StoredRole::id, ownId, "A role", key);
  }

  private StoredRole require(String id) {
    return roles()
        .find(context.realmId(), id)
        .orElseThrow(() -> ProblemException.notFound("No chat role " + id + " in this realm."));
  }

  private ChatRoleStore roles() {
    return context.store().roles();
  }

  private static Response withTag(Response.ResponseBuilder builder, RoleRepresentation role) {
    return builder
        .tag(new EntityTag(String.valueOf(role.version())))
        .entity(JsonResponses.write(role))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  static RoleRepresentation toRepresentation(StoredRole role) {
    return new RoleRepresentation(
        role.id(),
        role.key(),
        role.name(),
        role.description(),
        role.requiresLicense(),
        role.version(),
        GrantRules.toMap(role.grants()));
  }

  private static RoleVersionRepresentation toRepresentation(
      StoredRoleVersion version, Map<Integer, Long> kept) {
    return new RoleVersionRepresentation(
        version.version(),
        GrantRules.toMap(version.grants()),
        version.requiresLicense(),
        version.saveMode().wireName(),
        version.createdAt(),
        kept.getOrDefault(version.version(), 0L));
  }
}
