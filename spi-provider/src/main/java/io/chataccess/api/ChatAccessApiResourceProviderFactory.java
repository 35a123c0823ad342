package io.chataccess.api;

import io.chataccess.authzen.AuthzenResource;
import io.chataccess.rest.RequestBodies;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts the public API at {@code /realms/{realm}/chat-access}. */
public final class ChatAccessApiResourceProviderFactory implements RealmResourceProviderFactory {

  public static final String PROVIDER_ID = "chat-access";

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new RealmResourceProvider() {
      @Override
      public Object getResource() {
        if (!AuthzenResource.isAuthzenRequest(session)) {
          // AuthZEN answers another content type with its own 400 (its transport rules)
          RequestBodies.refuseOtherContentTypes(session);
        }
        return new ChatAccessApiResource(session);
      }

      @Override
      public void close() {}
    };
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
