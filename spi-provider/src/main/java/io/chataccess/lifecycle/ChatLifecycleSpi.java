package io.chataccess.lifecycle;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * SPI {@code chat-access-lifecycle}: its factory listens to Keycloak's realm creation, start-up and
 * removal events. It exists so that the listeners are registered once at start-up without posing as
 * a login event listener.
 */
public final class ChatLifecycleSpi implements Spi {

  @Override
  public boolean isInternal() {
    return false;
  }

  @Override
  public String getName() {
    return "chat-access-lifecycle";
  }

  @Override
  public Class<? extends Provider> getProviderClass() {
    return ChatLifecycleProvider.class;
  }

  @Override
  public Class<? extends ProviderFactory> getProviderFactoryClass() {
    return ChatLifecycleProviderFactory.class;
  }

  /** Nothing to call: the work is done by the factory's registered listener. */
  public interface ChatLifecycleProvider extends Provider {}

  /** Factory type of the SPI. */
  public interface ChatLifecycleProviderFactory extends ProviderFactory<ChatLifecycleProvider> {}
}
