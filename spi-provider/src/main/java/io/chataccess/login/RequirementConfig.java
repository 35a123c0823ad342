package io.chataccess.login;

import io.chataccess.policy.AccessRequirement;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.Level;
import io.chataccess.policy.TreeNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The typed reader of a login step's requirement: which chat access a user must have. Keys are the
 * same in every step that asks for one; {@link #properties} lists them for the console.
 */
record RequirementConfig(String requirement, String permission, String minimumLevel, String inbox) {

  static final String REQUIREMENT = "chat-access.requirement";
  static final String PERMISSION = "chat-access.permission";
  static final String MINIMUM_LEVEL = "chat-access.minimum-level";
  static final String INBOX = "chat-access.inbox";

  static final String LICENSE = "license";
  static final String ANY_PERMISSION = "any-permission";
  static final String ONE_PERMISSION = "permission";

  static RequirementConfig of(AuthenticatorConfigModel model, String defaultRequirement) {
    Map<String, String> config =
        model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    return new RequirementConfig(
        blankTo(config.get(REQUIREMENT), defaultRequirement),
        blankTo(config.get(PERMISSION), null),
        blankTo(config.get(MINIMUM_LEVEL), Level.OWN.wireName()),
        blankTo(config.get(INBOX), null));
  }

  /**
   * The requirement against the realm's policy; empty when the configuration names something the
   * realm does not have (an unknown permission, level or inbox), which no user can meet.
   */
  Optional<AccessRequirement> toRequirement(ChatPolicy policy) {
    switch (requirement) {
      case LICENSE:
        return Optional.of(AccessRequirement.license());
      case ANY_PERMISSION:
        return Optional.of(AccessRequirement.anyPermission());
      case ONE_PERMISSION:
        break;
      default:
        return Optional.empty();
    }
    Optional<Level> level = Level.fromWireName(minimumLevel).filter(l -> l != Level.NONE);
    if (permission == null || !policy.catalog().contains(permission) || level.isEmpty()) {
      return Optional.empty();
    }
    if (inbox == null) {
      return Optional.of(AccessRequirement.permission(permission, level.get(), null));
    }
    return policy
        .tree()
        .findByKey(inbox)
        .filter(TreeNode::isInbox)
        .map(node -> AccessRequirement.permission(permission, level.get(), node.id()));
  }

  /** Configuration properties of a step that asks for a permission, optionally on one inbox. */
  static List<ProviderConfigProperty> permissionProperties() {
    ProviderConfigProperty permission =
        property(
            PERMISSION,
            "Permission",
            "Key of the chat permission required, e.g. chat.handle.",
            ProviderConfigProperty.STRING_TYPE,
            null);
    ProviderConfigProperty level =
        property(
            MINIMUM_LEVEL,
            "Minimum level",
            "The lowest level of the permission that counts.",
            ProviderConfigProperty.LIST_TYPE,
            Level.OWN.wireName());
    level.setOptions(
        List.of(Level.OWN.wireName(), Level.DEPARTMENT.wireName(), Level.ALL.wireName()));
    ProviderConfigProperty inboxKey =
        property(
            INBOX,
            "Inbox",
            "Key of the inbox where the level must hold; empty means on at least one inbox.",
            ProviderConfigProperty.STRING_TYPE,
            null);
    return List.of(permission, level, inboxKey);
  }

  static ProviderConfigProperty property(
      String name, String label, String help, String type, String defaultValue) {
    ProviderConfigProperty property = new ProviderConfigProperty();
    property.setName(name);
    property.setLabel(label);
    property.setHelpText(help);
    property.setType(type);
    property.setDefaultValue(defaultValue);
    return property;
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
