package io.chataccess.integration;

import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How a PEP reaches the test Keycloak: directly at its plain HTTP listener, or through a proxy at a
 * public (HTTPS) base URL. Every request of a test, tokens included, goes to {@link #baseUrl()}, so
 * that a token's issuer is the URL the PDP is called at. Closing it stops what it started.
 */
final class PdpConnection implements AutoCloseable {

  private final String description;
  private final String baseUrl;
  private final HttpClient client;
  private final Supplier<String> diagnostics;
  private final Runnable onClose;

  private PdpConnection(
      String description,
      String baseUrl,
      HttpClient client,
      Supplier<String> diagnostics,
      Runnable onClose) {
    this.description = description;
    this.baseUrl = baseUrl;
    this.client = client;
    this.diagnostics = diagnostics;
    this.onClose = onClose;
  }

  /** Straight to Keycloak's HTTP listener. */
  static PdpConnection direct(KeycloakHttp http) {
    return new PdpConnection(
        "directly to Keycloak",
        http.baseUrl(),
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
        () -> "",
        () -> {});
  }

  /**
   * To a proxy at {@code baseUrl} with {@code client} (which trusts its certificate); {@code
   * diagnostics} (the proxy's log) goes into failure messages, {@code onClose} stops the proxy.
   */
  static PdpConnection through(
      String description,
      String baseUrl,
      HttpClient client,
      Supplier<String> diagnostics,
      Runnable onClose) {
    return new PdpConnection(description, baseUrl, client, diagnostics, onClose);
  }

  /** The base URL as this connection's clients see it, e.g. {@code https://localhost:4711}. */
  String baseUrl() {
    return baseUrl;
  }

  /** Starts a request to {@code path} (relative to the base URL). */
  Request call(String method, String path) {
    return new Request(method, path);
  }

  JsonResponse get(String path) {
    return call("GET", path).send();
  }

  /** A service account's access token, by the client credentials grant at this base URL. */
  String clientToken(String realm, String clientId, String secret) {
    return token(
        realm,
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  /** A user's access token, by the password grant at this base URL. */
  String passwordToken(String realm, String clientId, String username, String password) {
    return token(
        realm,
        Map.of(
            "grant_type", "password",
            "client_id", clientId,
            "username", username,
            "password", password));
  }

  private String token(String realm, Map<String, String> form) {
    JsonResponse token =
        call("POST", "/realms/" + realm + "/protocol/openid-connect/token").form(form).send();
    if (token.status() != 200) {
      throw new IllegalStateException(
          "no token " + description + " for " + form.get("client_id") + ": " + token + diagnose());
    }
    return token.json().get("access_token").asText();
  }

  /** The proxy's log (empty for a direct connection), to append to an assertion's message. */
  String diagnose() {
    String log = diagnostics.get();
    return log.isEmpty() ? "" : "\nproxy log:\n" + log;
  }

  @Override
  public void close() {
    onClose.run();
  }

  @Override
  public String toString() {
    return description + " at " + baseUrl;
  }

  /** One request being built; a body is sent exactly as given. */
  final class Request {
    private final HttpRequest.Builder request;
    private final String method;
    private String body;

    private Request(String method, String path) {
      this.method = method;
      this.request = HttpRequest.newBuilder(URI.create(baseUrl + path));
    }

    Request bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    Request header(String name, String value) {
      request.header(name, value);
      return this;
    }

    Request json(String json) {
      return raw(json, "application/json");
    }

    /** {@code body} with the content type {@code contentType}. */
    Request raw(String body, String contentType) {
      this.body = body;
      return header("Content-Type", contentType);
    }

    Request form(Map<String, String> fields) {
      return raw(
          fields.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&")),
          "application/x-www-form-urlencoded");
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    JsonResponse send() {
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      try {
        HttpResponse<String> response =
            client.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new JsonResponse(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + PdpConnection.this + diagnose(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
