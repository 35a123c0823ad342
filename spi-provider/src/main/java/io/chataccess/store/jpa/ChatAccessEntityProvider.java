package io.chataccess.store.jpa;

import java.util.List;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/** Registers our entities and Liquibase changelog with Keycloak's persistence unit. */
final class ChatAccessEntityProvider implements JpaEntityProvider {

  static final List<Class<?>> ENTITIES =
      List.of(
          NodeEntity.class,
          LicenseTypeEntity.class,
          LicenseHolderEntity.class,
          RoleEntity.class,
          RoleVersionEntity.class,
          AssignmentEntity.class,
          RealmSettingsEntity.class,
          UserStateEntity.class,
          CustomPermissionEntity.class,
          KeptVersionEntity.class,
          ChangeEntity.class,
          WebhookEntity.class,
          WebhookDeliveryEntity.class);

  @Override
  public List<Class<?>> getEntities() {
    return ENTITIES;
  }

  @Override
  public String getChangelogLocation() {
    return "META-INF/chat-access-changelog.xml";
  }

  @Override
  public String getFactoryId() {
    return ChatAccessEntityProviderFactory.PROVIDER_ID;
  }

  @Override
  public void close() {}
}
