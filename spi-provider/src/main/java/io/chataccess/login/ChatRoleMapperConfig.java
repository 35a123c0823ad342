package io.chataccess.login;

import java.util.List;
import java.util.Map;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The typed reader of an identity-provider mapper that gives a chat role: the claim or attribute to
 * look at, the value that must be present, the chat role and where it applies.
 *
 * @param source the claim (OIDC, dotted path) or attribute (SAML, name or friendly name)
 * @param value the value it must have, or contain when it is a list
 * @param roleKey the chat role assigned while the value is present
 * @param nodeKey the node the assignment is scoped to; null means every inbox
 */
record ChatRoleMapperConfig(String source, String value, String roleKey, String nodeKey) {

  static final String SOURCE = "chat-access.source";
  static final String VALUE = "chat-access.value";
  static final String ROLE = "chat-access.role";
  static final String NODE = "chat-access.node";

  static ChatRoleMapperConfig of(IdentityProviderMapperModel model) {
    Map<String, String> config = model.getConfig() == null ? Map.of() : model.getConfig();
    return new ChatRoleMapperConfig(
        trimmed(config.get(SOURCE)),
        trimmed(config.get(VALUE)),
        trimmed(config.get(ROLE)),
        trimmed(config.get(NODE)));
  }

  boolean isComplete() {
    return source != null && value != null && roleKey != null;
  }

  /** Whether one value of the claim or attribute, or the list it holds, equals {@link #value}. */
  boolean matches(Object claimOrAttribute) {
    if (claimOrAttribute instanceof Iterable<?> values) {
      for (Object each : values) {
        if (matches(each)) {
          return true;
        }
      }
      return false;
    }
    return claimOrAttribute != null && value.equals(String.valueOf(claimOrAttribute));
  }

  static List<ProviderConfigProperty> properties(String sourceLabel, String sourceHelp) {
    return List.of(
        RequirementConfig.property(
            SOURCE, sourceLabel, sourceHelp, ProviderConfigProperty.STRING_TYPE, null),
        RequirementConfig.property(
            VALUE,
            "Value",
            "The value that gives the chat role; for a list, one of its entries.",
            ProviderConfigProperty.STRING_TYPE,
            null),
        RequirementConfig.property(
            ROLE,
            "Chat role",
            "Key of the chat role assigned while the value is present, and removed when it is not.",
            ProviderConfigProperty.STRING_TYPE,
            null),
        RequirementConfig.property(
            NODE,
            "Node",
            "Key of the location or inbox the assignment covers (and everything below it); empty"
                + " means every inbox.",
            ProviderConfigProperty.STRING_TYPE,
            null));
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
