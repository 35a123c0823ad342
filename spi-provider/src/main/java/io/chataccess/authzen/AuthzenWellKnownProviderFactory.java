package io.chataccess.authzen;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.wellknown.WellKnownProvider;
import org.keycloak.wellknown.WellKnownProviderFactory;

/**
 * Serves the realm's AuthZEN metadata at {@code /realms/{realm}/.well-known/authzen-configuration},
 * the well-known path Keycloak lets an extension serve. The RFC 8615 form, {@code
 * /.well-known/authzen-configuration/realms/{realm}/chat-access/authzen}, is a reverse proxy rule
 * onto it (docs/authzen.md, "Discovery").
 */
public final class AuthzenWellKnownProviderFactory implements WellKnownProviderFactory {

  public static final String PROVIDER_ID = "authzen-configuration";

  @Override
  public WellKnownProvider create(KeycloakSession session) {
    return new WellKnownProvider() {
      @Override
      public Object getConfig() {
        return AuthzenMetadata.of(session, session.getContext().getRealm());
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
