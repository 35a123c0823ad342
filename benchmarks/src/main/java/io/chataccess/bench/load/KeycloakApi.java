package io.chataccess.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The few Keycloak calls the load benchmark makes, over one shared HTTP/1.1 client. Public for the
 * other benchmark drivers ({@code bench.newonly}).
 */
public final class KeycloakApi {

  public static final ObjectMapper JSON = new ObjectMapper();

  /** Master realm access tokens live 60 s by default: take a new one well before. */
  private static final long ADMIN_TOKEN_AGE_NANOS = Duration.ofSeconds(30).toNanos();

  private final String baseUrl;
  private final String adminUser;
  private final String adminPassword;
  private final HttpClient http;
  private String adminToken;
  private long adminTokenAt;

  public KeycloakApi(String baseUrl, String adminUser, String adminPassword) {
    this.baseUrl = baseUrl;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** A response: status and body. */
  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
      }
    }

    public Response expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(what + ": HTTP " + status + " " + abbreviated());
      }
      return this;
    }

    public String abbreviated() {
      return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
  }

  public synchronized String adminToken() {
    long now = System.nanoTime();
    if (adminToken == null || now - adminTokenAt > ADMIN_TOKEN_AGE_NANOS) {
      Response response =
          token(
              "master",
              Map.of(
                  "grant_type",
                  "password",
                  "client_id",
                  "admin-cli",
                  "username",
                  adminUser,
                  "password",
                  adminPassword));
      response.expect(200, "admin token");
      adminToken = response.json().get("access_token").asText();
      adminTokenAt = now;
    }
    return adminToken;
  }

  /** A grant at the realm's token endpoint. */
  public Response token(String realm, Map<String, String> form) {
    return send(
        HttpRequest.newBuilder(uri("/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncode(form))));
  }

  public Response get(String path) {
    return send(admin(path).GET());
  }

  /** A GET without a token (public endpoints, the probe). */
  public Response getPublic(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public Response post(String path, String json) {
    return send(
        admin(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response put(String path, String json) {
    return send(
        admin(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response delete(String path) {
    return send(admin(path).DELETE());
  }

  private HttpRequest.Builder admin(String path) {
    return HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofMinutes(30))
        .header("Authorization", "Bearer " + adminToken())
        .header("Accept", "application/json");
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String formEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
