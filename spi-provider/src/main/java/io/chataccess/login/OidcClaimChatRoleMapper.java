package io.chataccess.login;

import java.util.List;
import org.keycloak.broker.oidc.KeycloakOIDCIdentityProviderFactory;
import org.keycloak.broker.oidc.OIDCIdentityProviderFactory;
import org.keycloak.broker.oidc.mappers.AbstractClaimMapper;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.provider.ProviderConfigProperty;

/** "Chat access: chat role from claim" for OpenID Connect identity providers. */
public final class OidcClaimChatRoleMapper extends ChatRoleIdentityProviderMapper {

  public static final String PROVIDER_ID = "chat-access-oidc-chat-role";

  private static final String[] PROVIDERS = {
    KeycloakOIDCIdentityProviderFactory.PROVIDER_ID, OIDCIdentityProviderFactory.PROVIDER_ID
  };

  private static final List<ProviderConfigProperty> PROPERTIES =
      ChatRoleMapperConfig.properties(
          "Claim",
          "Name of the claim of the ID token or userinfo, e.g. groups; dots reach nested claims.");

  @Override
  Object valueOf(ChatRoleMapperConfig config, BrokeredIdentityContext context) {
    return AbstractClaimMapper.getClaimValue(context, config.source());
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
    return "Chat access: chat role from claim";
  }

  @Override
  public String getHelpText() {
    return "Assigns a chat role while the claim has the value (or lists it) and removes that"
        + " assignment when it no longer does; hand-made assignments stay.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return PROPERTIES;
  }
}
