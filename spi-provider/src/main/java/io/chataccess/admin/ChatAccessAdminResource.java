package io.chataccess.admin;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** {@code /admin/realms/{realm}/chat-access}: locates the collections of the admin API. */
public final class ChatAccessAdminResource {

  private final AdminContext context;

  ChatAccessAdminResource(AdminContext context) {
    this.context = context;
  }

  @Path("inboxes")
  public InboxesResource inboxes() {
    return new InboxesResource(context);
  }

  @Path("licenses")
  public LicensesResource licenses() {
    return new LicensesResource(context);
  }

  @Path("roles")
  public RolesResource roles() {
    return new RolesResource(context);
  }

  @Path("assignments")
  public AssignmentsResource assignments() {
    return new AssignmentsResource(context);
  }

  @Path("users/{userId}")
  public UserAccessResource user(@PathParam("userId") String userId) {
    context.requireViewOrManageUsers();
    return new UserAccessResource(context, userId);
  }

  @Path("settings")
  public SettingsResource settings() {
    return new SettingsResource(context);
  }

  @Path("document")
  public DocumentResource document() {
    return new DocumentResource(context);
  }

  @Path("limits")
  public LimitsResource limits() {
    return new LimitsResource(context);
  }

  @Path("authzen")
  public AuthzenMappingResource authzen() {
    return new AuthzenMappingResource(context);
  }

  @Path("permissions")
  public PermissionsResource permissions() {
    return new PermissionsResource(context);
  }

  @Path("webhooks")
  public WebhooksResource webhooks() {
    return new WebhooksResource(context);
  }
}
