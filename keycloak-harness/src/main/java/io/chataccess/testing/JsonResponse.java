package io.chataccess.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** Status, headers and body of a response; {@link #json()} parses the body. */
public record JsonResponse(int status, HttpHeaders headers, String body) {

  public JsonNode json() {
    return KeycloakHttp.parse(body);
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
