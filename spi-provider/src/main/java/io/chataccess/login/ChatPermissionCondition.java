package io.chataccess.login;

import io.chataccess.cache.ChatAccessView;
import io.chataccess.policy.AccessRequirement;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Condition "user has chat permission": true when the user has the configured permission at the
 * minimum level (on the configured inbox, or on some inbox), negated when so configured. For
 * conditional sub-flows, e.g. OTP for supervisors.
 */
final class ChatPermissionCondition implements ConditionalAuthenticator {

  static final String NEGATE = "chat-access.negate";

  private static final Logger LOG = Logger.getLogger(ChatPermissionCondition.class);

  @Override
  public boolean matchCondition(AuthenticationFlowContext context) {
    AuthenticatorConfigModel model = context.getAuthenticatorConfig();
    UserModel user = context.getUser();
    if (user == null || model == null || model.getConfig() == null) {
      return false;
    }
    RequirementConfig config = RequirementConfig.of(model, RequirementConfig.ONE_PERMISSION);
    ChatAccessView view = ChatAccessView.of(context.getSession(), context.getRealm(), user);
    Optional<AccessRequirement> requirement = config.toRequirement(view.policy());
    if (requirement.isEmpty()) {
      LOG.warnf(
          "Chat permission condition in realm %s: %s names nothing this realm has",
          context.getRealm().getName(), config);
      return false;
    }
    boolean met = requirement.get().isMetBy(view.effective(), view.user().licenseTypeIds());
    return met != Boolean.parseBoolean(model.getConfig().get(NEGATE));
  }

  @Override
  public void action(AuthenticationFlowContext context) {}

  @Override
  public boolean requiresUser() {
    return true;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

  @Override
  public void close() {}
}
