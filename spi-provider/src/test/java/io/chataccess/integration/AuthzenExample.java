package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One of the AuthZEN realm examples ({@code realm-examples/authzen-*}) imported into the test
 * server as start.sh imports it: the realm JSON, then its chat-access document; with the token of
 * its PEP service account.
 */
final class AuthzenExample implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  private final KeycloakHttp http;
  private final String realm;
  private final String pepToken;

  private AuthzenExample(KeycloakHttp http, String realm, String pepToken) {
    this.http = http;
    this.realm = realm;
    this.pepToken = pepToken;
  }

  static AuthzenExample load(KeycloakHttp http, String realm, String pep, String secret) {
    Path folder = Path.of("..", "realm-examples", realm);
    JsonResponse created =
        http.post(
            "/admin/realms", http.masterAdminToken(), read(folder.resolve(realm + "-realm.json")));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonResponse imported =
        http.put(
            "/admin/realms/" + realm + "/chat-access/document",
            http.masterAdminToken(),
            read(folder.resolve(realm + ".chat-access.json")));
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    JsonResponse token =
        http.call("POST", "/realms/" + realm + "/protocol/openid-connect/token")
            .form(
                Map.of(
                    "grant_type", "client_credentials", "client_id", pep, "client_secret", secret))
            .send();
    assertThat(token.status()).as("%s", token).isEqualTo(200);
    return new AuthzenExample(http, realm, token.json().get("access_token").asText());
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String realm() {
    return realm;
  }

  String pepToken() {
    return pepToken;
  }

  /** The path of an endpoint below the PDP, e.g. {@code access/v1/evaluation}. */
  String path(String endpoint) {
    return "/realms/" + realm + "/chat-access/authzen/" + endpoint;
  }

  /** A JSON request of the PEP to an endpoint of {@code access/v1/}. */
  JsonResponse ask(String endpoint, JsonNode request) {
    return http.call("POST", path("access/v1/" + endpoint)).bearer(pepToken).json(request).send();
  }

  JsonResponse ask(String endpoint, String request) {
    return ask(endpoint, json(request));
  }

  KeycloakHttp.Call call(String endpoint) {
    return http.call("POST", path("access/v1/" + endpoint));
  }

  @Override
  public void close() {
    http.delete("/admin/realms/" + realm, http.masterAdminToken());
  }
}
