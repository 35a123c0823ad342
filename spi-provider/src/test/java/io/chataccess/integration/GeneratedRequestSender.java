package io.chataccess.integration;

import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends generated requests exactly as generated: any content type or none, raw bodies, extra
 * headers, which the harness's JSON calls do not allow; the answer is the harness's {@link
 * JsonResponse}.
 */
final class GeneratedRequestSender {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String realm;
  private final String adminToken;
  private final String userToken;
  private final String checkToken;

  GeneratedRequestSender(
      KeycloakHttp http, String realm, String adminToken, String userToken, String checkToken) {
    this.baseUrl = http.baseUrl();
    this.realm = realm;
    this.adminToken = adminToken;
    this.userToken = userToken;
    this.checkToken = checkToken;
  }

  JsonResponse send(Operation.Api api, GeneratedRequest request) {
    String base =
        api == Operation.Api.ADMIN
            ? "/admin/realms/" + realm + "/chat-access"
            : "/realms/" + realm + "/chat-access";
    String token =
        switch (api) {
          case ADMIN -> adminToken;
          case PUBLIC_USER -> userToken;
          case PUBLIC_CHECK -> checkToken;
        };
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + base + request.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .method(
                request.method(),
                request.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    request.headers().forEach(builder::header);
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new JsonResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("sending " + request.describe(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
