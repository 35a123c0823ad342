package io.chataccess.login;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.saml.SAMLEndpoint;
import org.keycloak.broker.saml.SAMLIdentityProviderFactory;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.provider.ProviderConfigProperty;

/** "Chat access: chat role from attribute" for SAML identity providers. */
public final class SamlAttributeChatRoleMapper extends ChatRoleIdentityProviderMapper {

  public static final String PROVIDER_ID = "chat-access-saml-chat-role";

  private static final String[] PROVIDERS = {SAMLIdentityProviderFactory.PROVIDER_ID};

  private static final List<ProviderConfigProperty> PROPERTIES =
      ChatRoleMapperConfig.properties(
          "Attribute",
          "Name or friendly name of the SAML attribute, e.g. memberOf; every value counts.");

  /** Every value of the attributes whose name or friendly name is the configured one. */
  @Override
  Object valueOf(ChatRoleMapperConfig config, BrokeredIdentityContext context) {
    List<Object> values = new ArrayList<>();
    if (!(context.getContextData().get(SAMLEndpoint.SAML_ASSERTION)
        instanceof AssertionType assertion)) {
      return values;
    }
    for (AttributeStatementType statement : assertion.getAttributeStatements()) {
      for (AttributeStatementType.ASTChoiceType choice : statement.getAttributes()) {
        AttributeType attribute = choice.getAttribute();
        if (attribute != null
            && (config.source().equals(attribute.getName())
                || config.source().equals(attribute.getFriendlyName()))) {
          values.addAll(attribute.getAttributeValue());
        }
      }
    }
    return values;
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String[] getCompatibleProviders() {
    return PROVIDERS.clone();
  }

  @Override
  public String getDisplayType() {
    return "Chat access: chat role from attribute";
  }

  @Override
  public String getHelpText() {
    return "Assigns a chat role while the SAML attribute has the value and removes that"
        + " assignment when it no longer does; hand-made assignments stay.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return PROPERTIES;
  }
}
