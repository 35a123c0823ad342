package io.chataccess.admin;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.MergePatch;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Texts;
import io.chataccess.store.ChatSettings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.ModelToRepresentation;

/** {@code /chat-access/settings}: department root group and license gating of the realm. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SettingsResource {

  private final AdminContext context;

  SettingsResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response get() {
    context.requireView();
    return JsonResponses.ok(toRepresentation(context.store().settings().get(context.realmId())));
  }

  /**
   * JSON Merge Patch of the settings; the merged settings are written as a {@code PUT} writes them.
   */
  @PATCH
  @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
  public Response patch(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    context.requireManageRealm();
    MergePatch.refuseIfMatch(ifMatch, "Settings");
    SettingsRepresentation current =
        toRepresentation(context.store().settings().get(context.realmId()));
    return update(
        MergePatch.merged(current, Set.of("revision"), MergePatch.read(context.session(), body))
            .toString());
  }

  @PUT
  public Response update(String body) {
    context.requireManageRealm();
    SettingsRepresentation rep =
        RequestBodies.read(context.session(), body, SettingsRepresentation.class);
    FieldErrors errors = new FieldErrors();
    GroupModel root = null;
    if (rep.departmentRootGroup() != null) {
      root =
          rep.departmentRootGroup().startsWith("/") && Texts.isReference(rep.departmentRootGroup())
              ? KeycloakModelUtils.findGroupByPath(
                  context.session(), context.realm(), rep.departmentRootGroup())
              : null;
      errors.check(
          root != null, "departmentRootGroup", "no group with this path, e.g. /departments");
    }
    errors.check(rep.licensesRequired() != null, "licensesRequired", "required: true or false");
    ProblemException.throwIfAny(errors);
    String rootId = root == null ? null : root.getId();
    SettingsRepresentation updated =
        context.write(
            OperationType.UPDATE,
            ResourceTypes.SETTINGS,
            () -> {
              context.unit().changes().kind(ChangeKinds.SETTINGS).allUsers();
              return toRepresentation(
                  context
                      .store()
                      .settings()
                      .update(context.realmId(), rootId, rep.licensesRequired()));
            },
            done -> List.of("settings"));
    return JsonResponses.ok(updated);
  }

  private SettingsRepresentation toRepresentation(ChatSettings settings) {
    String path = null;
    if (settings.departmentRootGroupId() != null) {
      GroupModel group =
          context
              .session()
              .groups()
              .getGroupById(context.realm(), settings.departmentRootGroupId());
      path = group == null ? null : ModelToRepresentation.buildGroupPath(group);
    }
    return new SettingsRepresentation(path, settings.licensesRequired(), settings.revision());
  }
}
