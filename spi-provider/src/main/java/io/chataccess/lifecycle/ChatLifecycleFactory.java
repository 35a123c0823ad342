package io.chataccess.lifecycle;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers, at start-up, {@link ChatDataCleaner} for Keycloak's removal events and {@link
 * RealmSetUp} for realm creation and the end of the server's start.
 */
public final class ChatLifecycleFactory implements ChatLifecycleSpi.ChatLifecycleProviderFactory {

  public static final String PROVIDER_ID = "chat-access-cleaner";

  @Override
  public ChatLifecycleSpi.ChatLifecycleProvider create(KeycloakSession session) {
    return () -> {};
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    factory.register(new ChatDataCleaner()::onEvent);
    factory.register(new RealmSetUp()::onEvent);
  }

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
