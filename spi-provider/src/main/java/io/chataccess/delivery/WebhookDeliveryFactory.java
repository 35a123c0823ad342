package io.chataccess.delivery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Starts, once the database is migrated, one delivery thread per node that runs a {@link
 * DeliveryRun} every {@code intervalMillis}; stops it with the server. Options: {@code
 * intervalMillis} (500), {@code timeoutSeconds} (10), {@code maxAttempts} (8), {@code
 * firstRetrySeconds} (2).
 */
public final class WebhookDeliveryFactory
    implements WebhookDeliverySpi.WebhookDeliveryProviderFactory {

  public static final String PROVIDER_ID = "default";
  static final String INTERVAL_MILLIS = "intervalMillis";
  static final String TIMEOUT_SECONDS = "timeoutSeconds";
  static final String MAX_ATTEMPTS = "maxAttempts";
  static final String FIRST_RETRY_SECONDS = "firstRetrySeconds";
  private static final int BATCH = 50;

  private DeliverySettings settings;
  private ScheduledExecutorService executor;

  @Override
  public WebhookDeliverySpi.WebhookDeliveryProvider create(KeycloakSession session) {
    return () -> {};
  }

  @Override
  public void init(Config.Scope config) {
    settings =
        new DeliverySettings(
            Duration.ofMillis(config.getLong(INTERVAL_MILLIS, 500L)),
            Duration.ofSeconds(config.getLong(TIMEOUT_SECONDS, 10L)),
            config.getInt(MAX_ATTEMPTS, 8),
            Duration.ofSeconds(config.getLong(FIRST_RETRY_SECONDS, 2L)),
            BATCH);
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    factory.register(
        event -> {
          if (event instanceof PostMigrationEvent) {
            start(factory);
          }
        });
  }

  private synchronized void start(KeycloakSessionFactory factory) {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "chat-access-webhooks");
              thread.setDaemon(true);
              return thread;
            });
    long interval = settings.interval().toMillis();
    executor.scheduleWithFixedDelay(
        new DeliveryRun(factory, settings, new WebhookSender(settings.timeout())),
        interval,
        interval,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return ProviderConfigurationBuilder.create()
        .property()
        .name(INTERVAL_MILLIS)
        .type("long")
        .helpText("Milliseconds between two looks at the webhook outbox on a node.")
        .defaultValue(500L)
        .add()
        .property()
        .name(TIMEOUT_SECONDS)
        .type("long")
        .helpText("Seconds one delivery attempt may take.")
        .defaultValue(10L)
        .add()
        .property()
        .name(MAX_ATTEMPTS)
        .type("int")
        .helpText("Attempts before a delivery is marked failed.")
        .defaultValue(8)
        .add()
        .property()
        .name(FIRST_RETRY_SECONDS)
        .type("long")
        .helpText("Seconds before the first retry; each further retry waits twice as long.")
        .defaultValue(2L)
        .add()
        .build();
  }
}
