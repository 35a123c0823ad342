package io.chataccess.cache;

import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatAccessStoreFactory;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * The default chat access store: wraps the JPA store and caches each realm's compiled policy. Its
 * higher {@link #order()} makes it the provider {@code session.getProvider(ChatAccessStore.class)}
 * returns.
 */
public final class CachingChatAccessStoreFactory
    implements ChatAccessStoreFactory, ServerInfoAwareProviderFactory {

  public static final String PROVIDER_ID = "chat-access-cached";

  private final PolicyCache cache = new PolicyCache();

  @Override
  public ChatAccessStore create(KeycloakSession session) {
    return new CachingChatAccessStore(
        session.getProvider(ChatAccessStore.class, ChatAccessStore.JPA_PROVIDER_ID), cache);
  }

  @Override
  public int order() {
    return 10;
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

  @Override
  public Map<String, String> getOperationalInfo() {
    return Map.of("cachedRealms", Integer.toString(cache.size()), "invalidation", "revision");
  }
}
