package io.chataccess.login;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers the condition "Chat access: user has chat permission". */
public final class ChatPermissionConditionFactory implements ConditionalAuthenticatorFactory {

  public static final String PROVIDER_ID = "chat-access-condition-permission";

  private static final ConditionalAuthenticator SINGLETON = new ChatPermissionCondition();

  private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
    AuthenticationExecutionModel.Requirement.REQUIRED,
    AuthenticationExecutionModel.Requirement.DISABLED
  };

  private static final List<ProviderConfigProperty> PROPERTIES = properties();

  private static List<ProviderConfigProperty> properties() {
    List<ProviderConfigProperty> all = new ArrayList<>(RequirementConfig.permissionProperties());
    all.add(
        RequirementConfig.property(
            ChatPermissionCondition.NEGATE,
            "Negate output",
            "Apply the sub-flow to users who do not have the permission instead.",
            ProviderConfigProperty.BOOLEAN_TYPE,
            "false"));
    return List.copyOf(all);
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Chat access: condition - user has chat permission";
  }

  @Override
  public String getHelpText() {
    return "True when the user has a chat permission at a minimum level, on one inbox or any.";
  }

  @Override
  public boolean isConfigurable() {
    return true;
  }

  @Override
  public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
    return REQUIREMENTS;
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return PROPERTIES;
  }

  @Override
  public ConditionalAuthenticator getSingleton() {
    return SINGLETON;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
