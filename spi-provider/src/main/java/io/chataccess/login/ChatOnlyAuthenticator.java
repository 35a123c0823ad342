package io.chataccess.login;

import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.RoleUtils;

/**
 * "Chat-only users stay in chat apps": a chat-only user (the user attribute, or the configured role
 * or group) may sign in only to clients marked as chat apps; any other client shows a page saying
 * so and the login event records {@code chat_only_user}. Everyone else passes.
 */
final class ChatOnlyAuthenticator extends UserAuthenticator {

  static final String ERROR = "chat_only_user";

  private static final Logger LOG = Logger.getLogger(ChatOnlyAuthenticator.class);

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    ClientModel client = context.getAuthenticationSession().getClient();
    if (isChatApp(client)
        || !isChatOnly(context, ChatOnlyConfig.of(context.getAuthenticatorConfig()))) {
      context.success();
      return;
    }
    LoginDenial.deny(
        context,
        ERROR,
        "chatAccessChatOnly",
        "This account may sign in to chat applications only.");
  }

  static boolean isChatApp(ClientModel client) {
    return Boolean.parseBoolean(client.getAttribute(ChatOnlyConfig.CLIENT_ATTRIBUTE));
  }

  private static boolean isChatOnly(AuthenticationFlowContext context, ChatOnlyConfig config) {
    UserModel user = context.getUser();
    RealmModel realm = context.getRealm();
    if (Boolean.parseBoolean(user.getFirstAttribute(ChatOnlyConfig.USER_ATTRIBUTE))) {
      return true;
    }
    if (config.role() != null) {
      RoleModel role = KeycloakModelUtils.getRoleFromString(realm, config.role());
      if (role == null) {
        LOG.warnf("Chat-only users: realm %s has no role %s", realm.getName(), config.role());
      } else if (user.hasRole(role)) {
        return true;
      }
    }
    if (config.groupPath() != null) {
      GroupModel group =
          KeycloakModelUtils.findGroupByPath(context.getSession(), realm, config.groupPath());
      if (group == null) {
        LOG.warnf("Chat-only users: realm %s has no group %s", realm.getName(), config.groupPath());
      } else if (RoleUtils.isMember(user.getGroupsStream(), group)) {
        return true;
      }
    }
    return false;
  }
}
