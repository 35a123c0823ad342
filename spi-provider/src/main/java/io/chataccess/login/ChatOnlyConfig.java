package io.chataccess.login;

import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/**
 * The typed reader of "chat-only users stay in chat apps": which realm or client role, and which
 * group, mark a user as chat-only besides the user attribute {@value #USER_ATTRIBUTE}.
 */
record ChatOnlyConfig(String role, String groupPath) {

  /** A user whose attribute has the value {@code true} is chat-only. */
  static final String USER_ATTRIBUTE = "chat-access.chat-only";

  /** A client whose attribute has the value {@code true} is a chat app. */
  static final String CLIENT_ATTRIBUTE = "chat-access.chat-app";

  static final String ROLE = "chat-access.chat-only-role";
  static final String GROUP = "chat-access.chat-only-group";

  static ChatOnlyConfig of(AuthenticatorConfigModel model) {
    Map<String, String> config =
        model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    return new ChatOnlyConfig(blankToNull(config.get(ROLE)), blankToNull(config.get(GROUP)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
