package io.chataccess.delivery;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * SPI {@code chat-access-webhooks}: its factory delivers the webhook outbox from every node. It
 * exists for its options and its start-up hook; there is nothing to call.
 */
public final class WebhookDeliverySpi implements Spi {

  @Override
  public boolean isInternal() {
    return false;
  }

  @Override
  public String getName() {
    return "chat-access-webhooks";
  }

  @Override
  public Class<? extends Provider> getProviderClass() {
    return WebhookDeliveryProvider.class;
  }

  @Override
  public Class<? extends ProviderFactory> getProviderFactoryClass() {
    return WebhookDeliveryProviderFactory.class;
  }

  /** Nothing to call. */
  public interface WebhookDeliveryProvider extends Provider {}

  /** Factory type of the SPI. */
  public interface WebhookDeliveryProviderFactory
      extends ProviderFactory<WebhookDeliveryProvider> {}
}
