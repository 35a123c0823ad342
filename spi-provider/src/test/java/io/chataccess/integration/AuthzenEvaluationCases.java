package io.chataccess.integration;

import static io.chataccess.integration.AuthzenExample.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of the AuthZEN certification scenario's Basic Core and Batch Core levels, with the
 * transport rules, against the realm example {@code authzen-certification}: alice reads and writes
 * record-1, bob reads it and may not write it. Each concrete class runs all of them over its own
 * {@link PdpConnection}: {@link AuthzenEvaluationIT} directly, {@link
 * AuthzenEvaluationThroughProxyIT} through nginx with TLS.
 */
abstract class AuthzenEvaluationCases extends AuthzenCertificationCases {

  private static final String ALICE_READS =
      """
      {"subject": {"type": "user", "id": "alice"}, "action": {"name": "read"},
       "resource": {"type": "record", "id": "record-1"}}
      """;

  private static String question(String subject, String action, String resource) {
    return """
        {"subject": {"type": "user", "id": "%s"}, "action": {"name": "%s"},
         "resource": {"type": "record", "id": "%s"}}
        """
        .formatted(subject, action, resource);
  }

  private JsonNode decided(String request) {
    JsonResponse answer = pep().ask("evaluation", request);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.header("Content-Type").orElse("")).startsWith("application/json");
    return answer.json();
  }

  @Test
  @DisplayName("C.2.2.1, C.2.2.2: the fixture's permit and deny, exactly {\"decision\": ...}")
  void the_fixture_decisions() {
    assertThat(decided(question("alice", "read", "record-1")))
        .isEqualTo(json("{\"decision\":true}"));
    assertThat(decided(question("alice", "write", "record-1")))
        .isEqualTo(json("{\"decision\":true}"));
    assertThat(decided(question("bob", "read", "record-1"))).isEqualTo(json("{\"decision\":true}"));
    assertThat(decided(question("bob", "write", "record-1")))
        .isEqualTo(json("{\"decision\":false}"));
  }

  @Test
  @DisplayName(
      "C.2.2.3, C.2.2.8, C.2.2.9: context, extra properties and unknown members change nothing")
  void context_properties_and_unknown_members_are_accepted() {
    String withAll =
        """
        {"subject": {"type": "user", "id": "alice", "properties": {"department": "sales"},
                     "nickname": "al"},
         "action": {"name": "read", "properties": {"method": "GET"}},
         "resource": {"type": "record", "id": "record-1", "properties": {"colour": "red"}},
         "context": {"time": "1985-10-26T01:22-07:00"}, "futureMember": {"x": 1}}
        """;
    String bobWrites = withAll.replace("\"alice\"", "\"bob\"").replace("\"read\"", "\"write\"");
    assertThat(decided(withAll)).isEqualTo(json("{\"decision\":true}"));
    assertThat(decided(bobWrites)).isEqualTo(json("{\"decision\":false}"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}",
        "{\"subject\": {\"type\": \"user\", \"id\": \"alice\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}",
        "{\"subject\": {\"type\": \"user\", \"id\": \"alice\"}, \"action\": {\"name\": \"read\"}}",
        "{\"subject\": {\"id\": \"alice\"}, \"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}",
        "{\"subject\": {\"type\": \"user\"}, \"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}",
        "{\"subject\": {\"type\": \"user\", \"id\": \"alice\"}, \"action\": {}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}",
        "{\"subject\": {\"type\": \"user\", \"id\": \"alice\"}, \"action\": {\"name\": \"read\"}, \"resource\": {\"id\": \"record-1\"}}",
        "{\"subject\": {\"type\": \"user\", \"id\": \"alice\"}, \"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\"}}",
        "{\"subject\": \"alice\", \"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}",
        "{\"subject\": {\"type\": \"user\", \"id\": 123}, \"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}",
        "[1, 2]",
        "{\"subject\": "
      })
  @DisplayName("C.2.4: a missing or mistyped member, or a body that is no JSON object, is a 400")
  void bad_requests_are_400(String body) {
    JsonResponse answer =
        pep().call("evaluation").bearer(pep().token()).raw(body, "application/json").send();
    assertError(answer, 400);
  }

  @Test
  @DisplayName("C.2.4.3, C.2.4.5: another content type or an empty body is a 400")
  void content_type_and_empty_body() {
    JsonResponse text =
        pep().call("evaluation").bearer(pep().token()).raw(ALICE_READS, "text/plain").send();
    JsonResponse empty =
        pep().call("evaluation").bearer(pep().token()).raw("", "application/json").send();
    assertError(text, 400);
    assertError(empty, 400);
  }

  @Test
  @DisplayName("C.2.5, C.2.6: X-Request-ID is echoed, its absence is fine, answers repeat")
  void request_id_and_idempotency() {
    JsonResponse echoed =
        pep()
            .call("evaluation")
            .bearer(pep().token())
            .header("X-Request-ID", "bfe9eb29-ab87-4ca3-be83-a1d5d8305716")
            .json(ALICE_READS)
            .send();
    assertThat(echoed.status()).as("%s", echoed).isEqualTo(200);
    assertThat(echoed.header("X-Request-ID")).contains("bfe9eb29-ab87-4ca3-be83-a1d5d8305716");
    for (int i = 0; i < 3; i++) {
      assertThat(decided(ALICE_READS)).isEqualTo(json("{\"decision\":true}"));
    }
    JsonResponse failed =
        pep()
            .call("evaluation")
            .bearer(pep().token())
            .header("X-Request-ID", "req-400")
            .raw("{}", "application/json")
            .send();
    assertError(failed, 400);
    assertThat(failed.header("X-Request-ID")).contains("req-400");
  }

  @Test
  @DisplayName(
      "only a service account with the check role may ask: 401 without a valid token, 403 for"
          + " others")
  void callers_are_authenticated() {
    JsonResponse anonymous =
        pep().call("evaluation").header("X-Request-ID", "req-401").json(ALICE_READS).send();
    JsonResponse forged = pep().call("evaluation").bearer("not-a-token").json(ALICE_READS).send();
    String alice = pep().userToken("chat-app", "alice", "alice");
    JsonResponse user =
        pep()
            .call("evaluation")
            .bearer(alice)
            .header("X-Request-ID", "req-403")
            .json(ALICE_READS)
            .send();
    assertError(anonymous, 401);
    assertThat(anonymous.header("WWW-Authenticate").orElse("")).startsWith("Bearer");
    assertThat(anonymous.header("X-Request-ID")).contains("req-401");
    assertError(forged, 401);
    assertError(user, 403);
    assertThat(user.header("X-Request-ID")).contains("req-403");
  }

  @Test
  @DisplayName("C.3.2: batches with defaults, fully specified items and an inherited context")
  void batches() {
    JsonResponse defaults =
        pep()
            .ask(
                "evaluations",
                """
            {"subject": {"type": "user", "id": "bob"},
             "resource": {"type": "record", "id": "record-1"},
             "evaluations": [{"action": {"name": "read"}}, {"action": {"name": "write"}}]}
            """);
    JsonResponse full =
        pep()
            .ask(
                "evaluations",
                "{\"evaluations\": ["
                    + question("alice", "read", "record-1")
                    + ", "
                    + question("bob", "write", "record-1")
                    + "]}");
    JsonResponse context =
        pep()
            .ask(
                "evaluations",
                """
            {"subject": {"type": "user", "id": "alice"}, "action": {"name": "read"},
             "context": {"time": "2024-05-31T15:22-07:00"},
             "evaluations": [{"resource": {"type": "record", "id": "record-1"}},
                             {"resource": {"type": "record", "id": "record-2"},
                              "context": {"time": "2024-06-01T00:00Z"}}]}
            """);
    JsonNode permitDeny = json("{\"evaluations\": [{\"decision\": true}, {\"decision\": false}]}");
    assertThat(defaults.json()).as("%s", defaults).isEqualTo(permitDeny);
    assertThat(full.json()).as("%s", full).isEqualTo(permitDeny);
    assertThat(context.status()).isEqualTo(200);
    assertThat(context.json().get("evaluations")).hasSize(2);
    assertThat(context.json().has("decision")).isFalse();
  }

  @Test
  @DisplayName("C.3.4: a broken item is false in place; no items is a single evaluation")
  void item_errors_and_backward_compatibility() {
    JsonResponse broken =
        pep()
            .ask(
                "evaluations",
                """
            {"options": {"evaluations_semantic": "execute_all"},
             "evaluations": [%s, {"subject": {"type": "user", "id": "alice"},
                                  "action": {"name": "read"}}]}
            """
                    .formatted(ALICE_READS));
    assertThat(broken.status()).as("%s", broken).isEqualTo(200);
    assertThat(broken.json().get("evaluations").get(0).get("decision").asBoolean()).isTrue();
    assertThat(broken.json().get("evaluations").get(1).get("decision").asBoolean()).isFalse();
    assertThat(
            broken
                .json()
                .get("evaluations")
                .get(1)
                .get("context")
                .get("error")
                .get("status")
                .asInt())
        .isEqualTo(400);
    String single = ALICE_READS.strip();
    String empty = single.substring(0, single.length() - 1) + ", \"evaluations\": []}";
    assertThat(pep().ask("evaluations", single).json()).isEqualTo(json("{\"decision\":true}"));
    assertThat(pep().ask("evaluations", empty).json()).isEqualTo(json("{\"decision\":true}"));
  }

  @Test
  @DisplayName("the three batch semantics: all, stop at the first deny, stop at the first permit")
  void semantics() {
    String items =
        "\"subject\": {\"type\": \"user\", \"id\": \"bob\"}, \"evaluations\": ["
            + "{\"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}},"
            + "{\"action\": {\"name\": \"write\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}},"
            + "{\"action\": {\"name\": \"read\"}, \"resource\": {\"type\": \"record\", \"id\": \"record-2\"}}]";
    JsonNode all = pep().ask("evaluations", "{" + items + "}").json().get("evaluations");
    JsonNode deny =
        pep()
            .ask(
                "evaluations",
                "{\"options\": {\"evaluations_semantic\": \"deny_on_first_deny\"}, " + items + "}")
            .json()
            .get("evaluations");
    JsonNode permit =
        pep()
            .ask(
                "evaluations",
                "{\"options\": {\"evaluations_semantic\": \"permit_on_first_permit\"}, "
                    + items
                    + "}")
            .json()
            .get("evaluations");
    JsonResponse unknown =
        pep()
            .ask(
                "evaluations",
                "{\"options\": {\"evaluations_semantic\": \"some\"}, " + items + "}");
    assertThat(all).hasSize(3);
    assertThat(all.get(2).get("decision").asBoolean()).isTrue();
    assertThat(deny).hasSize(2);
    assertThat(deny.get(1).get("decision").asBoolean()).isFalse();
    assertThat(permit).isEqualTo(json("[{\"decision\": true}]"));
    assertError(unknown, 400);
  }
}
