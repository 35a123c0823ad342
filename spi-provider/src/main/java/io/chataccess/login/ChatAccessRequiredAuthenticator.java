package io.chataccess.login;

import io.chataccess.cache.ChatAccessView;
import io.chataccess.policy.AccessRequirement;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "Chat license required": lets the user on only with a chat license (by default), some chat
 * permission, or one permission at a minimum level, as configured. Everyone else sees a page saying
 * so, and the login event records {@code chat_license_required} or {@code
 * chat_permission_required}.
 */
final class ChatAccessRequiredAuthenticator extends UserAuthenticator {

  static final String LICENSE_ERROR = "chat_license_required";
  static final String PERMISSION_ERROR = "chat_permission_required";

  private static final Logger LOG = Logger.getLogger(ChatAccessRequiredAuthenticator.class);

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    RealmModel realm = context.getRealm();
    UserModel user = context.getUser();
    RequirementConfig config =
        RequirementConfig.of(context.getAuthenticatorConfig(), RequirementConfig.LICENSE);
    ChatAccessView view = ChatAccessView.of(context.getSession(), realm, user);
    Optional<AccessRequirement> requirement = config.toRequirement(view.policy());
    if (requirement.isEmpty()) {
      LOG.warnf(
          "Chat access required in realm %s: the configuration %s names nothing this realm has;"
              + " nobody passes",
          realm.getName(), config);
    }
    if (requirement.isPresent()
        && requirement.get().isMetBy(view.effective(), view.user().licenseTypeIds())) {
      context.success();
      return;
    }
    if (RequirementConfig.LICENSE.equals(config.requirement())) {
      LoginDenial.deny(
          context,
          LICENSE_ERROR,
          "chatAccessLicenseRequired",
          "A chat license is required to sign in to this application.");
    } else {
      LoginDenial.deny(
          context,
          PERMISSION_ERROR,
          "chatAccessPermissionRequired",
          "Chat permissions are required to sign in to this application.");
    }
  }
}
