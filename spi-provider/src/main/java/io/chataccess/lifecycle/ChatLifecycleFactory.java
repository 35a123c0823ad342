package io.chataccess.lifecycle;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link ChatDataCleaner} for Keycloak's removal events at start-up. */
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
  }

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
