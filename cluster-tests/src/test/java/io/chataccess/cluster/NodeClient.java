package io.chataccess.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Talks JSON to one node: admin REST as the bootstrap admin, and password-grant tokens. */
final class NodeClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A response's status, its body as JSON (null when empty or not JSON, such as an HTML error page)
   * and as the text that came.
   */
  record Reply(int status, JsonNode body, String text) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  NodeClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  String adminToken() {
    return token("master", "admin-cli", "admin", "admin");
  }

  String token(String realm, String clientId, String username, String password) {
    Reply reply = passwordGrant(realm, clientId, username, password);
    if (reply.status() != 200) {
      throw new AssertionError("no token for " + username + " from " + baseUrl + ": " + reply);
    }
    return reply.body().get("access_token").asText();
  }

  /** A password grant's answer as it came, whatever its status. */
  Reply passwordGrant(String realm, String clientId, String username, String password) {
    return form(
        "/realms/" + realm + "/protocol/openid-connect/token",
        Map.of(
            "grant_type", "password",
            "client_id", clientId,
            "username", username,
            "password", password));
  }

  /**
   * Creates {@code realm} afresh (removing an old one of a previous run) with the user {@code
   * agent} (password {@code agent}) and the given clients.
   */
  void createRealmWithAgent(String realm, List<Map<String, Object>> clients) {
    String admin = adminToken();
    send("DELETE", "/admin/realms/" + realm, admin, null);
    Reply created =
        send(
            "POST",
            "/admin/realms",
            admin,
            Map.of(
                "realm",
                realm,
                "enabled",
                true,
                "users",
                List.of(
                    Map.of(
                        "username", "agent",
                        "enabled", true,
                        "email", "agent@example.org",
                        "firstName", "Agent",
                        "lastName", "Tester",
                        "credentials", List.of(Map.of("type", "password", "value", "agent"))))));
    if (created.status() != 201) {
      throw new AssertionError("realm " + realm + " not created: " + created);
    }
    for (Map<String, Object> client : clients) {
      Reply added = send("POST", "/admin/realms/" + realm + "/clients", admin, client);
      if (added.status() != 201) {
        throw new AssertionError("client not created in " + realm + ": " + added);
      }
    }
  }

  /** The {@code chat} claim of an access token. */
  static JsonNode chatClaim(String accessToken) {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1])).get("chat");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Reply send(String method, String path, String bearer, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .header("Authorization", "Bearer " + bearer);
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      }
      return reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " on " + baseUrl + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private Reply form(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      return reply(
          http.send(
              HttpRequest.newBuilder(URI.create(baseUrl + path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new AssertionError("POST " + path + " on " + baseUrl + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Reply reply(HttpResponse<String> response) {
    String text = response.body() == null ? "" : response.body();
    JsonNode body;
    try {
      body = text.isBlank() ? null : JSON.readTree(text);
    } catch (IOException notJson) {
      body = null;
    }
    return new Reply(response.statusCode(), body, text);
  }
}
