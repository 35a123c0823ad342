package io.chataccess.login;

import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers "Chat access: chat-only users stay in chat apps". */
public final class ChatOnlyAuthenticatorFactory extends ChatAuthenticatorFactory {

  public static final String PROVIDER_ID = "chat-access-chat-only";

  private static final Authenticator SINGLETON = new ChatOnlyAuthenticator();

  private static final List<ProviderConfigProperty> PROPERTIES =
      List.of(
          RequirementConfig.property(
              ChatOnlyConfig.ROLE,
              "Chat-only role",
              "Users with this role (realm role, or client.role) are chat-only. Users with the"
                  + " attribute "
                  + ChatOnlyConfig.USER_ATTRIBUTE
                  + "=true are always.",
              ProviderConfigProperty.STRING_TYPE,
              null),
          RequirementConfig.property(
              ChatOnlyConfig.GROUP,
              "Chat-only group",
              "Members of this group (path, e.g. /chat-agents; subgroups count) are chat-only.",
              ProviderConfigProperty.STRING_TYPE,
              null));

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Chat access: chat-only users stay in chat apps";
  }

  @Override
  public String getHelpText() {
    return "Chat-only users may sign in only to clients with the attribute "
        + ChatOnlyConfig.CLIENT_ATTRIBUTE
        + "=true; other clients show a page saying so.";
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
