package io.chataccess.store.jpa;

import io.chataccess.store.ChangeRetention;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatAccessStoreFactory;
import java.time.Duration;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Creates the JPA chat access store on the session's entity manager. */
public final class JpaChatAccessStoreFactory implements ChatAccessStoreFactory {

  public static final String PROVIDER_ID = ChatAccessStore.JPA_PROVIDER_ID;

  static final String CHANGES_MAX_AGE_HOURS = "changesMaxAgeHours";
  static final String CHANGES_MAX_COUNT = "changesMaxCount";

  private ChangeRetention retention = ChangeRetention.defaults();

  @Override
  public ChatAccessStore create(KeycloakSession session) {
    return new JpaChatAccessStore(
        session.getProvider(JpaConnectionProvider.class).getEntityManager(), retention);
  }

  @Override
  public void init(Config.Scope config) {
    long hours = config.getLong(CHANGES_MAX_AGE_HOURS, ChangeRetention.DEFAULT_MAX_AGE.toHours());
    int count = config.getInt(CHANGES_MAX_COUNT, ChangeRetention.DEFAULT_MAX_COUNT);
    retention = new ChangeRetention(Duration.ofHours(hours), count);
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return ProviderConfigurationBuilder.create()
        .property()
        .name(CHANGES_MAX_AGE_HOURS)
        .type("long")
        .helpText("Hours the change log keeps an entry (docs/changes.md).")
        .defaultValue(ChangeRetention.DEFAULT_MAX_AGE.toHours())
        .add()
        .property()
        .name(CHANGES_MAX_COUNT)
        .type("int")
        .helpText("Entries the change log keeps per realm, the newest.")
        .defaultValue(ChangeRetention.DEFAULT_MAX_COUNT)
        .add()
        .build();
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
