package io.chataccess.store.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Factory of the {@link ChatAccessEntityProvider}. */
public final class ChatAccessEntityProviderFactory implements JpaEntityProviderFactory {

  public static final String PROVIDER_ID = "chat-access-entities";

  private static final ChatAccessEntityProvider PROVIDER = new ChatAccessEntityProvider();

  @Override
  public JpaEntityProvider create(KeycloakSession session) {
    return PROVIDER;
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
