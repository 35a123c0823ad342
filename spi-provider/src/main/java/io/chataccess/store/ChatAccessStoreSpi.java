package io.chataccess.store;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Keycloak SPI {@code chat-access-store}: the storage of chat access data. */
public final class ChatAccessStoreSpi implements Spi {

  public static final String NAME = "chat-access-store";

  @Override
  public boolean isInternal() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public Class<? extends Provider> getProviderClass() {
    return ChatAccessStore.class;
  }

  @Override
  public Class<? extends ProviderFactory> getProviderFactoryClass() {
    return ChatAccessStoreFactory.class;
  }
}
