package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The realm's AuthZEN mapping through the admin API: checked field by field, stored, read back by
 * the AuthZEN endpoints (an alias decides like its permission); a mapping set around the API that
 * breaks the rules makes AuthZEN answer 503 instead of guessing.
 */
@ExtendWith(KeycloakServerExtension.class)
@DisplayName("AuthZEN mapping: admin API, rules, and what the endpoints read")
class AuthzenMappingIT {

  private final KeycloakHttp http;
  private TestRealm realm;

  AuthzenMappingIT(KeycloakHttp http) {
    this.http = http;
  }

  @BeforeEach
  void createRealm() {
    realm = TestRealm.create(http, "authzen-mapping");
  }

  @AfterEach
  void removeRealm() {
    realm.close();
  }

  private JsonResponse evaluate(String pep, String action) {
    String request =
        """
        {"subject": {"type": "user", "id": "alice"}, "action": {"name": "%s"},
         "resource": {"type": "ticket", "id": "t-1"}}
        """
            .formatted(action);
    return http.call(
            "POST", "/realms/" + realm.name() + "/chat-access/authzen/access/v1/evaluation")
        .bearer(pep)
        .json(AuthzenExample.json(request))
        .send();
  }

  @Test
  void a_valid_mapping_is_stored_and_decides() {
    String location = realm.location("support");
    realm.inbox("tickets", "web", location);
    String role = realm.role("ticket-agent", Map.of("chat.handle", "all"), false);
    realm.assign("user", realm.userId("alice"), role, TestRealm.scopeAll());
    String pep = realm.serviceAccountToken("router", true);
    Map<String, Object> mapping =
        Map.of(
            "actions", Map.of("handle", "chat.handle"),
            "resourceTypes", Map.of("ticket", Map.of("node", "tickets")));

    JsonResponse stored = realm.put("/authzen", mapping);

    assertThat(stored.status()).as("%s", stored).isEqualTo(200);
    assertThat(realm.get("/authzen").json()).isEqualTo(stored.json());
    assertThat(evaluate(pep, "handle").json().get("decision").asBoolean()).isTrue();
    assertThat(evaluate(pep, "chat.handle").json().get("decision").asBoolean()).isTrue();
    assertThat(evaluate(pep, "transcript.view").json().get("decision").asBoolean()).isFalse();
  }

  @Test
  void each_broken_rule_is_named_and_nothing_is_stored() {
    Map<String, Object> broken =
        Map.of(
            "subjectAttribute",
            "",
            "actions",
            Map.of("handle", "no.such-permission", "read", "not a key"),
            "resourceTypes",
            Map.of(
                "inbox", Map.of(),
                "ticket", Map.of("node", "Not A Key", "ownerLookup", "phone", "colour", "red")),
            "extra",
            true);

    List<String> fields = assertProblem(realm.put("/authzen", broken), 400);

    assertThat(fields)
        .contains(
            "subjectAttribute",
            "actions.handle",
            "actions.read",
            "resourceTypes.inbox",
            "resourceTypes.ticket.node",
            "resourceTypes.ticket.ownerLookup",
            "resourceTypes.ticket.colour",
            "extra");
    assertThat(realm.get("/authzen").json().get("actions")).isEmpty();
  }

  @Test
  void a_mapping_set_around_the_api_that_breaks_the_rules_is_a_503() {
    String pep = realm.serviceAccountToken("router", true);
    RealmRepresentation representation = realm.admin().toRepresentation();
    representation.setAttributes(Map.of("chat-access.authzen", "{\"actions\": [1]}"));
    realm.admin().update(representation);

    JsonResponse answer = evaluate(pep, "handle");

    assertThat(answer.status()).as("%s", answer).isEqualTo(503);
    JsonNode body = answer.json();
    assertThat(body.get("message").asText()).contains("chat-access.authzen");
  }
}
