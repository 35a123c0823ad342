package io.chataccess.admin;

import io.chataccess.rest.RequestBodies;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Mounts the admin API at {@code /admin/realms/{realm}/chat-access} through Keycloak's admin realm
 * resource SPI, so that Keycloak's admin authentication and permission evaluation apply.
 */
public final class ChatAccessAdminResourceProviderFactory
    implements AdminRealmResourceProviderFactory, AdminRealmResourceProvider {

  public static final String PROVIDER_ID = "chat-access";

  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return this;
  }

  @Override
  public Object getResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    RequestBodies.refuseOtherContentTypes(session);
    return new ChatAccessAdminResource(new AdminContext(session, realm, auth, adminEvent));
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
