package io.chataccess.integration;

import static io.chataccess.integration.AuthzenExample.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AuthZEN certification scenario's Search Core and Discovery levels against the realm example
 * {@code authzen-certification}.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("AuthZEN certification: Search Core and Discovery")
class AuthzenSearchIT {

  private KeycloakHttp http;
  private AuthzenExample fixture;

  @BeforeAll
  void importTheFixture(KeycloakHttp http) {
    this.http = http;
    fixture =
        AuthzenExample.load(http, "authzen-certification", "authzen-pep", "authzen-pep-secret");
  }

  @AfterAll
  void removeTheFixture() {
    fixture.close();
  }

  private JsonNode results(String endpoint, String request) {
    JsonResponse answer = fixture.ask("search/" + endpoint, request);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.header("Content-Type").orElse("")).startsWith("application/json");
    assertThat(answer.json().get("results").isArray()).isTrue();
    return answer.json().get("results");
  }

  private static List<String> ids(JsonNode results, String type) {
    List<String> ids = new ArrayList<>();
    results.forEach(
        r -> {
          assertThat(r.get("type").asText()).isEqualTo(type);
          ids.add(r.get("id").asText());
        });
    return ids;
  }

  private String userId(String username) {
    return http.get(
            "/admin/realms/" + fixture.realm() + "/users?exact=true&username=" + username,
            http.masterAdminToken())
        .json()
        .get(0)
        .get("id")
        .asText();
  }

  @Test
  @DisplayName("C.4.2: who may read record-1: alice and bob, with or without context or subject id")
  void subject_search() {
    String search =
        """
        {"subject": {"type": "user"%s}, "action": {"name": "read"},
         "resource": {"type": "record", "id": "record-1"}%s}
        """;
    JsonNode plain = results("subject", search.formatted("", ""));
    JsonNode withContext = results("subject", search.formatted("", ", \"context\": {\"x\": 1}"));
    JsonNode withId = results("subject", search.formatted(", \"id\": \"alice\"", ""));
    assertThat(ids(plain, "user")).containsExactlyInAnyOrder(userId("alice"), userId("bob"));
    assertThat(withContext).isEqualTo(plain);
    assertThat(withId).isEqualTo(plain);
    JsonNode writers =
        results(
            "subject",
            "{\"subject\": {\"type\": \"user\"}, \"action\": {\"name\": \"write\"},"
                + " \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}");
    assertThat(ids(writers, "user")).containsExactly(userId("alice"));
  }

  @Test
  @DisplayName("C.4.3: what alice may read: record-1 (and record-2), with or without resource id")
  void resource_search() {
    String search =
        """
        {"subject": {"type": "user", "id": "alice"}, "action": {"name": "%s"},
         "resource": {"type": "record"%s}}
        """;
    JsonNode reads = results("resource", search.formatted("read", ""));
    assertThat(ids(reads, "record")).containsExactly("record-1", "record-2");
    assertThat(results("resource", search.formatted("read", ", \"id\": \"record-2\"")))
        .isEqualTo(reads);
    assertThat(ids(results("resource", search.formatted("write", "")), "record"))
        .containsExactly("record-1");
  }

  @Test
  @DisplayName("C.4.4: what alice may do on record-1: read, write (and delete)")
  void action_search() {
    JsonNode actions =
        results(
            "action",
            "{\"subject\": {\"type\": \"user\", \"id\": \"alice\"},"
                + " \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}, \"context\": {}}");
    List<String> names = new ArrayList<>();
    actions.forEach(a -> names.add(a.get("name").asText()));
    assertThat(names).containsExactly("delete", "read", "write");
  }

  @Test
  @DisplayName("C.4.5: pages of one result, with tokens, end with an empty next_token")
  void pagination() {
    String search =
        "{\"subject\": {\"type\": \"user\", \"id\": \"alice\"}, \"action\": {\"name\": \"read\"},"
            + " \"resource\": {\"type\": \"record\"}, \"page\": {\"limit\": 1%s}}";
    JsonResponse first = fixture.ask("search/resource", search.formatted(""));
    String token = first.json().get("page").get("next_token").asText();
    JsonResponse second =
        fixture.ask("search/resource", search.formatted(", \"token\": \"" + token + "\""));
    assertThat(first.json().get("page").get("total").asInt()).isEqualTo(2);
    assertThat(first.json().get("results")).hasSize(1);
    assertThat(token).isNotEmpty();
    assertThat(second.json().get("results").get(0).get("id").asText()).isEqualTo("record-2");
    assertThat(second.json().get("page").get("next_token").asText()).isEmpty();
    JsonResponse otherSearch =
        fixture.ask(
            "search/resource",
            search.replace("\"read\"", "\"write\"").formatted(", \"token\": \"" + token + "\""));
    assertThat(otherSearch.status()).as("a token of another search").isEqualTo(400);
  }

  @Test
  @DisplayName("C.4.6: an unknown subject or type gives empty results, not an error")
  void empty_results() {
    assertThat(
            results(
                "action",
                "{\"subject\": {\"type\": \"user\", \"id\": \"nobody\"},"
                    + " \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}"))
        .isEmpty();
    assertThat(
            results(
                "subject",
                "{\"subject\": {\"type\": \"robot\"}, \"action\": {\"name\": \"read\"},"
                    + " \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}"))
        .isEmpty();
    assertThat(
            results(
                "resource",
                "{\"subject\": {\"type\": \"user\", \"id\": \"alice\"}, \"action\": {\"name\": \"read\"},"
                    + " \"resource\": {\"type\": \"invoice\"}}"))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "subject  | {\"subject\": {\"type\": \"user\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}",
        "resource | {\"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\"}}",
        "action   | {\"subject\": {\"type\": \"user\", \"id\": \"alice\"}}",
        "subject  | {\"subject\": {\"type\": \"user\"}, \"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\"}}",
        "resource | {\"subject\": {\"type\": \"user\"}, \"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\"}}",
        "action   | {\"subject\": {\"type\": \"user\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}"
      })
  @DisplayName("C.4.7: a missing input member or input id is a 400")
  void missing_inputs(String endpoint, String request) {
    JsonResponse answer = fixture.ask("search/" + endpoint, request);
    assertThat(answer.status()).as("%s", answer).isEqualTo(400);
  }

  @Test
  @DisplayName("C.6: the metadata names the PDP and every endpoint below it")
  void discovery() {
    JsonResponse metadata =
        http.get("/realms/" + fixture.realm() + "/.well-known/authzen-configuration", null);
    assertThat(metadata.status()).as("%s", metadata).isEqualTo(200);
    assertThat(metadata.header("Content-Type").orElse("")).startsWith("application/json");
    String pdp = http.baseUrl() + "/realms/" + fixture.realm() + "/chat-access/authzen";
    JsonNode json = metadata.json();
    assertThat(json.get("policy_decision_point").asText()).isEqualTo(pdp);
    assertThat(json.get("access_evaluation_endpoint").asText())
        .isEqualTo(pdp + "/access/v1/evaluation");
    for (String name :
        List.of("evaluations", "search/subject", "search/resource", "search/action")) {
      assertThat(json.toString()).contains("\"" + pdp + "/access/v1/" + name + "\"");
    }
    assertThat(json.has("capabilities")).isFalse();
  }
}
