package io.chataccess.login;

import org.keycloak.broker.provider.AbstractIdentityProviderMapper;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * An identity-provider mapper that gives a chat role while the brokered identity carries a value:
 * on the first login, and on every later one when the mapper's sync mode is "force". Subclasses say
 * where the value is (an OIDC claim, a SAML attribute).
 */
abstract class ChatRoleIdentityProviderMapper extends AbstractIdentityProviderMapper {

  /** The claim or attribute the configuration names, as the provider sent it (or null). */
  abstract Object valueOf(ChatRoleMapperConfig config, BrokeredIdentityContext context);

  @Override
  public String getDisplayCategory() {
    return "Chat access";
  }

  @Override
  public boolean supportsSyncMode(IdentityProviderSyncMode syncMode) {
    return true;
  }

  @Override
  public void importNewUser(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      IdentityProviderMapperModel mapperModel,
      BrokeredIdentityContext context) {
    sync(session, realm, user, mapperModel, context);
  }

  @Override
  public void updateBrokeredUser(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      IdentityProviderMapperModel mapperModel,
      BrokeredIdentityContext context) {
    sync(session, realm, user, mapperModel, context);
  }

  @Override
  public void updateBrokeredUserLegacy(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      IdentityProviderMapperModel mapperModel,
      BrokeredIdentityContext context) {
    sync(session, realm, user, mapperModel, context);
  }

  private void sync(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      IdentityProviderMapperModel mapperModel,
      BrokeredIdentityContext context) {
    ChatRoleMapperConfig config = ChatRoleMapperConfig.of(mapperModel);
    if (!config.isComplete()) {
      return;
    }
    boolean matches = config.matches(valueOf(config, context));
    ChatRoleSync.apply(
        session, realm, user, mapperModel.getIdentityProviderAlias(), config, matches);
  }
}
