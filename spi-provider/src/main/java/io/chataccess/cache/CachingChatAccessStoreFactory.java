package io.chataccess.cache;

import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatAccessStoreFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.keycloak.Config;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * The default chat access store: wraps the JPA store, caches each realm's compiled policy and keeps
 * the caches of all cluster nodes in step through Keycloak's cluster provider. Its higher {@link
 * #order()} makes it the provider {@code session.getProvider(ChatAccessStore.class)} returns.
 */
public final class CachingChatAccessStoreFactory
    implements ChatAccessStoreFactory, ServerInfoAwareProviderFactory {

  public static final String PROVIDER_ID = "chat-access-cached";
  static final String REVALIDATE_SECONDS = "revalidateSeconds";
  static final int DEFAULT_REVALIDATE_SECONDS = 30;

  private final AtomicBoolean listening = new AtomicBoolean();
  private Duration revalidateAfter = Duration.ofSeconds(DEFAULT_REVALIDATE_SECONDS);
  private PolicyCache cache;

  @Override
  public ChatAccessStore create(KeycloakSession session) {
    listenToCluster(session);
    return new CachingChatAccessStore(
        session.getProvider(ChatAccessStore.class, ChatAccessStore.JPA_PROVIDER_ID),
        cache,
        new PolicyInvalidation(session, cache));
  }

  /**
   * Registered on first use rather than in {@link #postInit}: the cluster provider is then surely
   * up, and a node that has not used the cache yet has nothing to invalidate.
   */
  private void listenToCluster(KeycloakSession session) {
    if (listening.get()) {
      return;
    }
    ClusterProvider cluster = session.getProvider(ClusterProvider.class);
    if (cluster != null && listening.compareAndSet(false, true)) {
      cluster.registerListener(
          PolicyInvalidation.CLUSTER_TASK_KEY,
          event -> {
            if (event instanceof PolicyChangedEvent changed) {
              PolicyInvalidation.apply(cache, changed);
            }
          });
    }
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void init(Config.Scope config) {
    int seconds = config.getInt(REVALIDATE_SECONDS, DEFAULT_REVALIDATE_SECONDS);
    if (seconds < 0) {
      throw new IllegalArgumentException(
          "spi-chat-access-store--chat-access-cached--revalidate-seconds must be 0 or more, was "
              + seconds);
    }
    revalidateAfter = Duration.ofSeconds(seconds);
    cache = new PolicyCache(revalidateAfter, System::nanoTime);
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return ProviderConfigurationBuilder.create()
        .property()
        .name(REVALIDATE_SECONDS)
        .type("int")
        .helpText(
            "Seconds a cached policy is used before it is checked against the realm's revision in"
                + " the database, a safety net for a lost cluster message. 0 checks on every use.")
        .defaultValue(DEFAULT_REVALIDATE_SECONDS)
        .add()
        .build();
  }

  @Override
  public Map<String, String> getOperationalInfo() {
    return Map.of(
        "cachedRealms",
        Integer.toString(cache.size()),
        "invalidation",
        "cluster events, revision check after " + revalidateAfter.toSeconds() + " s");
  }
}
