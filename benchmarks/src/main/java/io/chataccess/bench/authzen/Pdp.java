package io.chataccess.bench.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The decision endpoints as a chat back-end calls them: a confidential client's service account
 * token (client credentials grant), one shared HTTP/1.1 client, safe for several threads.
 */
final class Pdp {

  /**
   * The confidential client of both realms: our endpoints' caller and Keycloak's resource server.
   */
  static final String CLIENT = "pdp-client";

  static final String SECRET = "pdp-client-secret";

  private final String baseUrl;
  private final String token;
  private final HttpClient http;

  private Pdp(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Takes a service account token of {@link #CLIENT} in the realm. */
  static Pdp of(KeycloakApi api, String baseUrl, String realm) {
    KeycloakApi.Response response =
        api.token(
            realm,
            Map.of(
                "grant_type", "client_credentials",
                "client_id", CLIENT,
                "client_secret", SECRET));
    response.expect(200, "service account token of " + CLIENT);
    return new Pdp(baseUrl, response.json().get("access_token").asText());
  }

  /** POSTs JSON with the service account's bearer token. */
  KeycloakApi.Response post(String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new KeycloakApi.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** POSTs and reads a JSON answer, which must be a 200. */
  JsonNode ask(String path, String json, String what) {
    return post(path, json).expect(200, what).json();
  }

  /** The body of an AuthZEN access evaluation (ours and Keycloak's take the same). */
  static String evaluation(String user, String action, String resourceType, String resource) {
    return KeycloakApi.json(
        Map.of(
            "subject", Map.of("type", "user", "id", user),
            "action", Map.of("name", action),
            "resource", Map.of("type", resourceType, "id", resource)));
  }

  /**
   * Gives the realm role {@code chat-access-check} (which our provider creates in every realm) to
   * the service account of {@link #CLIENT}.
   */
  static void grantCheckRole(KeycloakApi api, String realm) {
    String base = "/admin/realms/" + realm;
    String clientId =
        api.get(base + "/clients?clientId=" + CLIENT)
            .expect(200, "client")
            .json()
            .get(0)
            .get("id")
            .asText();
    String userId =
        api.get(base + "/clients/" + clientId + "/service-account-user")
            .expect(200, "service account")
            .json()
            .get("id")
            .asText();
    JsonNode role = api.get(base + "/roles/chat-access-check").expect(200, "role").json();
    api.post(base + "/users/" + userId + "/role-mappings/realm", "[" + KeycloakApi.json(role) + "]")
        .expect(204, "grant chat-access-check");
  }

  /** The confidential client with a service account (and, if asked, Authorization Services). */
  static Map<String, Object> clientRepresentation(Map<String, Object> authorizationSettings) {
    Map<String, Object> client = new java.util.LinkedHashMap<>();
    client.put("clientId", CLIENT);
    client.put("secret", SECRET);
    client.put("publicClient", false);
    client.put("standardFlowEnabled", false);
    client.put("directAccessGrantsEnabled", false);
    client.put("serviceAccountsEnabled", true);
    if (authorizationSettings != null) {
      client.put("authorizationServicesEnabled", true);
      client.put("authorizationSettings", authorizationSettings);
    }
    return client;
  }
}
