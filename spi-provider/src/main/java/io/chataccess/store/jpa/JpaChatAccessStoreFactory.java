package io.chataccess.store.jpa;

import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatAccessStoreFactory;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Creates the JPA chat access store on the session's entity manager. */
public final class JpaChatAccessStoreFactory implements ChatAccessStoreFactory {

  public static final String PROVIDER_ID = ChatAccessStore.JPA_PROVIDER_ID;

  @Override
  public ChatAccessStore create(KeycloakSession session) {
    return new JpaChatAccessStore(
        session.getProvider(JpaConnectionProvider.class).getEntityManager());
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
