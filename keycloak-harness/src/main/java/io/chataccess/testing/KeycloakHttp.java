package io.chataccess.testing;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;

/** A small HTTP client for tests: tokens by password grant and JSON requests with a bearer. */
public final class KeycloakHttp {

  /** Escapes non-ASCII, so that odd Unicode (a lone surrogate) reaches the server as sent. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private final KeycloakServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Keycloak adminClient;

  KeycloakHttp(KeycloakServer server) {
    this.server = server;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  /** Keycloak's admin client, signed in as the bootstrap admin of the master realm. */
  public synchronized Keycloak adminClient() {
    if (adminClient == null) {
      adminClient =
          Keycloak.getInstance(
              server.baseUrl(), "master", server.adminUser(), server.adminPassword(), "admin-cli");
    }
    return adminClient;
  }

  /** An access token of the bootstrap admin. */
  public String masterAdminToken() {
    return passwordToken("master", "admin-cli", server.adminUser(), server.adminPassword());
  }

  /** An access token by the resource owner password grant (the client must allow it). */
  public String passwordToken(String realm, String clientId, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    form.put("username", username);
    form.put("password", password);
    JsonResponse response =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        server.baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form))));
    if (response.status() != 200) {
      throw new IllegalStateException(
          "no token for " + username + " in " + realm + ": " + response.body());
    }
    return response.json().get("access_token").asText();
  }

  /** Starts a request to {@code path} (relative to the server's base URL). */
  public Call call(String method, String path) {
    return new Call(method, path);
  }

  public JsonResponse get(String path, String token) {
    return call("GET", path).bearer(token).send();
  }

  public JsonResponse post(String path, String token, Object body) {
    return call("POST", path).bearer(token).json(body).send();
  }

  public JsonResponse put(String path, String token, Object body) {
    return call("PUT", path).bearer(token).json(body).send();
  }

  public JsonResponse delete(String path, String token) {
    return call("DELETE", path).bearer(token).send();
  }

  JsonResponse send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new JsonResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String formEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String toJson(Object body) {
    if (body instanceof String raw) {
      return raw;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + body, e);
    }
  }

  /** One request being built. A {@code String} body is sent as it is (for malformed JSON). */
  public final class Call {
    private final HttpRequest.Builder request;
    private final String method;
    private String body;

    private Call(String method, String path) {
      this.method = method;
      this.request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    }

    public Call bearer(String token) {
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      return this;
    }

    public Call header(String name, String value) {
      request.header(name, value);
      return this;
    }

    public Call json(Object value) {
      this.body = toJson(value);
      request.header("Content-Type", "application/json");
      return this;
    }

    /**
     * A body sent as it is, with the given content type, or none when {@code contentType} is null.
     */
    public Call raw(String body, String contentType) {
      this.body = body;
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      return this;
    }

    /** A form-encoded body, as token endpoints take it. */
    public Call form(Map<String, String> fields) {
      this.body = formEncode(fields);
      request.header("Content-Type", "application/x-www-form-urlencoded");
      return this;
    }

    public JsonResponse send() {
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      return KeycloakHttp.this.send(request);
    }
  }
}
