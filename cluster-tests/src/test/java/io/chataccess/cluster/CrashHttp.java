package io.chataccess.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Admin requests whose answer may never come: a request in flight when the server is killed ends
 * with a failed connection, which is reported as "no answer" (empty) instead of an error, so that a
 * test can tell acknowledged writes from unanswered ones.
 */
final class CrashHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String baseUrl;

  CrashHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The answer, or empty when the connection failed before one came. */
  Optional<NodeClient.Reply> send(String method, String path, String bearer, Object body) {
    return sendIfMatch(method, path, bearer, body, null);
  }

  /** As {@link #send}, with an {@code If-Match} header naming {@code version} (null: none). */
  Optional<NodeClient.Reply> sendIfMatch(
      String method, String path, String bearer, Object body, String version) {
    try {
      return sendAsync(method, path, bearer, body, version).join();
    } catch (CompletionException e) {
      throw new IllegalStateException(method + " " + path + " failed", e.getCause());
    }
  }

  /** As {@link #sendIfMatch}, without waiting; the future fails only on a non-network error. */
  CompletableFuture<Optional<NodeClient.Reply>> sendAsync(
      String method, String path, String bearer, Object body, String version) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + bearer);
    if (version != null) {
      request.header("If-Match", "\"" + version + "\"");
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json(body)));
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failure) -> {
              if (failure != null) {
                Throwable cause =
                    failure instanceof CompletionException ? failure.getCause() : failure;
                if (cause instanceof IOException) {
                  return Optional.empty();
                }
                throw new CompletionException(cause);
              }
              return Optional.of(reply(response));
            });
  }

  private static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static NodeClient.Reply reply(HttpResponse<String> response) {
    String text = response.body();
    try {
      return new NodeClient.Reply(
          response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
