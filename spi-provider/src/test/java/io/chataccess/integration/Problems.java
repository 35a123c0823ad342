package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import java.util.ArrayList;
import java.util.List;

/** Assertions on problem documents. */
final class Problems {

  private Problems() {}

  /** The response is a problem document with this status; returns the fields named in errors. */
  static List<String> assertProblem(JsonResponse response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type").orElse(""))
        .as(response.toString())
        .startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).startsWith("urn:chat-access:problem:");
    assertThat(problem.get("title").asText()).isNotBlank();
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  static void assertInvalid(JsonResponse response, String field) {
    assertThat(assertProblem(response, 400)).contains(field);
  }
}
