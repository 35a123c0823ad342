package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of the AuthZEN certification scenario's Search Core and Discovery levels against the
 * realm example {@code authzen-certification}. Each concrete class runs all of them over its own
 * {@link PdpConnection}: {@link AuthzenSearchIT} directly, {@link AuthzenSearchThroughProxyIT}
 * through nginx with TLS.
 */
abstract class AuthzenSearchCases extends AuthzenCertificationCases {

  /** The metadata's endpoint members and the endpoints below {@code access/v1/} they name. */
  static final Map<String, String> ENDPOINTS =
      Map.of(
          "access_evaluation_endpoint", "evaluation",
          "access_evaluations_endpoint", "evaluations",
          "search_subject_endpoint", "search/subject",
          "search_resource_endpoint", "search/resource",
          "search_action_endpoint", "search/action");

  private JsonNode results(String endpoint, String request) {
    JsonResponse answer = pep().ask("search/" + endpoint, request);
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
    JsonResponse first = pep().ask("search/resource", search.formatted(""));
    String token = first.json().get("page").get("next_token").asText();
    JsonResponse second =
        pep().ask("search/resource", search.formatted(", \"token\": \"" + token + "\""));
    assertThat(first.json().get("page").get("total").asInt()).isEqualTo(2);
    assertThat(first.json().get("results")).hasSize(1);
    assertThat(token).isNotEmpty();
    assertThat(second.json().get("results").get(0).get("id").asText()).isEqualTo("record-2");
    assertThat(second.json().get("page").get("next_token").asText()).isEmpty();
    JsonResponse otherSearch =
        pep()
            .ask(
                "search/resource",
                search
                    .replace("\"read\"", "\"write\"")
                    .formatted(", \"token\": \"" + token + "\""));
    assertError(otherSearch, 400);
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
    assertError(pep().ask("search/" + endpoint, request), 400);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"subject", "resource", "action"})
  @DisplayName("the transport rules hold for searches: 400 for another type, 401, X-Request-ID")
  void transport_rules_of_the_searches(String endpoint) {
    String search =
        "{\"subject\": {\"type\": \"user\", \"id\": \"alice\"}, \"action\": {\"name\": \"read\"},"
            + " \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}";
    JsonResponse text =
        pep()
            .call("search/" + endpoint)
            .bearer(pep().token())
            .header("X-Request-ID", "req-" + endpoint)
            .raw(search, "text/plain")
            .send();
    JsonResponse anonymous = pep().call("search/" + endpoint).json(search).send();
    JsonResponse found =
        pep()
            .call("search/" + endpoint)
            .bearer(pep().token())
            .header("X-Request-ID", "ok-" + endpoint)
            .json(search)
            .send();
    assertError(text, 400);
    assertThat(text.header("X-Request-ID")).contains("req-" + endpoint);
    assertError(anonymous, 401);
    assertThat(found.status()).as("%s", found).isEqualTo(200);
    assertThat(found.header("X-Request-ID")).contains("ok-" + endpoint);
  }

  @Test
  @DisplayName(
      "C.6: the metadata, at both of the realm's paths, names the PDP at the URL it was fetched"
          + " from and every endpoint below it")
  void discovery() {
    JsonNode metadata = metadata("/realms/" + REALM + "/.well-known/authzen-configuration");
    assertThat(metadata.get("policy_decision_point").asText()).isEqualTo(pep().pdp());
    ENDPOINTS.forEach(
        (member, endpoint) ->
            assertThat(metadata.path(member).asText())
                .as("%s, the URL these cases call", member)
                .isEqualTo(pep().endpoint(endpoint)));
    assertThat(metadata.has("capabilities")).isFalse();
    assertThat(
            metadata("/realms/" + REALM + "/chat-access/authzen/.well-known/authzen-configuration"))
        .as("the metadata below the PDP")
        .isEqualTo(metadata);
  }

  private JsonNode metadata(String path) {
    JsonResponse answer = pep().connection().get(path);
    assertThat(answer.status()).as("%s%s", answer, pep().connection().diagnose()).isEqualTo(200);
    assertThat(answer.header("Content-Type").orElse("")).startsWith("application/json");
    return answer.json();
  }
}
