package io.chataccess.login;

import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers "Chat access: just-in-time chat license". */
public final class JustInTimeLicenseAuthenticatorFactory extends ChatAuthenticatorFactory {

  public static final String PROVIDER_ID = "chat-access-jit-license";

  private static final Authenticator SINGLETON = new JustInTimeLicenseAuthenticator();

  private static final List<ProviderConfigProperty> PROPERTIES = properties();

  private static List<ProviderConfigProperty> properties() {
    ProviderConfigProperty license =
        RequirementConfig.property(
            JustInTimeLicenseAuthenticator.LICENSE,
            "License",
            "Key of the license type whose free seats are given at login.",
            ProviderConfigProperty.STRING_TYPE,
            null);
    ProviderConfigProperty whenFull =
        RequirementConfig.property(
            JustInTimeLicenseAuthenticator.WHEN_FULL,
            "When no seat is free",
            "deny: stop the login with a page; continue: let the user in without a license.",
            ProviderConfigProperty.LIST_TYPE,
            JustInTimeLicenseAuthenticator.DENY);
    whenFull.setOptions(
        List.of(JustInTimeLicenseAuthenticator.DENY, JustInTimeLicenseAuthenticator.CONTINUE));
    return List.of(license, whenFull);
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Chat access: just-in-time chat license";
  }

  @Override
  public String getHelpText() {
    return "Gives the user a free seat of a license type at login; when none is free, denies or"
        + " lets the user in unlicensed, as configured.";
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
