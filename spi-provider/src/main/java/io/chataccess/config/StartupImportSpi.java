package io.chataccess.config;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * SPI {@code chat-access-import}: its one provider applies the chat-access documents of a folder
 * when the server has started ({@code --spi-chat-access-import--default--dir=...}).
 */
public final class StartupImportSpi implements Spi {

  public static final String NAME = "chat-access-import";

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
    return StartupImportProvider.class;
  }

  @Override
  public Class<? extends ProviderFactory> getProviderFactoryClass() {
    return StartupImportProviderFactory.class;
  }

  /** Nothing to call: the factory does its work once, when the server has started. */
  public interface StartupImportProvider extends Provider {}

  /** Factory type of the SPI. */
  public interface StartupImportProviderFactory extends ProviderFactory<StartupImportProvider> {}
}
