package io.chataccess.login;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers "Chat access: chat license required". */
public final class ChatAccessRequiredAuthenticatorFactory extends ChatAuthenticatorFactory {

  public static final String PROVIDER_ID = "chat-access-license-required";

  private static final Authenticator SINGLETON = new ChatAccessRequiredAuthenticator();

  private static final List<ProviderConfigProperty> PROPERTIES = properties();

  private static List<ProviderConfigProperty> properties() {
    ProviderConfigProperty requirement =
        RequirementConfig.property(
            RequirementConfig.REQUIREMENT,
            "Required",
            "license: the user holds a chat license; any-permission: the user has some chat"
                + " permission; permission: the permission below at the minimum level.",
            ProviderConfigProperty.LIST_TYPE,
            RequirementConfig.LICENSE);
    requirement.setOptions(
        List.of(
            RequirementConfig.LICENSE,
            RequirementConfig.ANY_PERMISSION,
            RequirementConfig.ONE_PERMISSION));
    List<ProviderConfigProperty> all = new ArrayList<>();
    all.add(requirement);
    all.addAll(RequirementConfig.permissionProperties());
    return List.copyOf(all);
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Chat access: chat license required";
  }

  @Override
  public String getHelpText() {
    return "Stops users without a chat license (or without chat permissions, as configured) with a"
        + " page saying so.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return PROPERTIES;
  }

  @Override
  public Authenticator create(KeycloakSession session) {
    return SINGLETON;
  }
}
