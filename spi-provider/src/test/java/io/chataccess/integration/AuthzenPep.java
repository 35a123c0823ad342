package io.chataccess.integration;

import static io.chataccess.integration.AuthzenExample.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.testing.JsonResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A PEP of an AuthZEN realm, signed in with its service account over one {@link PdpConnection}: it
 * calls the PDP at the connection's base URL with a token issued there.
 */
final class AuthzenPep {

  private final PdpConnection connection;
  private final String realm;
  private final String token;

  private AuthzenPep(PdpConnection connection, String realm, String token) {
    this.connection = connection;
    this.realm = realm;
    this.token = token;
  }

  /**
   * Takes the token of the service account {@code clientId} over {@code connection}, and checks
   * that its issuer is the realm at the connection's base URL (the public one through a proxy).
   */
  static AuthzenPep signIn(
      PdpConnection connection, String realm, String clientId, String clientSecret) {
    String token = connection.clientToken(realm, clientId, clientSecret);
    String payload = token.split("\\.")[1];
    String claims = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    assertThat(json(claims).get("iss").asText())
        .as("the issuer of a token taken %s", connection)
        .isEqualTo(connection.baseUrl() + "/realms/" + realm);
    return new AuthzenPep(connection, realm, token);
  }

  PdpConnection connection() {
    return connection;
  }

  String realm() {
    return realm;
  }

  String token() {
    return token;
  }

  /** The PDP identifier, {@code <base URL>/realms/<realm>/chat-access/authzen}. */
  String pdp() {
    return connection.baseUrl() + pdpPath();
  }

  private String pdpPath() {
    return "/realms/" + realm + "/chat-access/authzen";
  }

  /** The URL of an API endpoint, e.g. {@code evaluation} or {@code search/subject}. */
  String endpoint(String name) {
    return pdp() + "/access/v1/" + name;
  }

  /** A request to an API endpoint, still without a token. */
  PdpConnection.Request call(String endpoint) {
    return connection.call("POST", pdpPath() + "/access/v1/" + endpoint);
  }

  /** A JSON request of this PEP to an API endpoint. */
  JsonResponse ask(String endpoint, String request) {
    return call(endpoint).bearer(token).json(request).send();
  }

  /** A token of a user of the realm, taken over the same connection. */
  String userToken(String clientId, String username, String password) {
    return connection.passwordToken(realm, clientId, username, password);
  }
}
