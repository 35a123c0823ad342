package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Given a department root /support with an agent (alice, level department on a web inbox, own on a
 * WhatsApp inbox) and a checker service account: /me and /check.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Public API: /realms/{realm}/chat-access/me and /check")
class PublicApiIT {

  private KeycloakHttp http;
  private TestRealm realm;
  private String alice;

  private final Map<String, String> serviceTokens = new java.util.HashMap<>();

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "public-api");
    alice = realm.userId("alice");
    realm.put("/settings", Map.of("departmentRootGroup", "/support", "licensesRequired", false));
    realm.joinGroup("alice", "/support/emea");
    String web = realm.inbox("pub-web", "web", null);
    String wa = realm.inbox("pub-wa", "whatsapp", null);
    for (int i = 0; i < 5; i++) {
      realm.inbox("pub-extra-" + i, "sms", null);
    }
    realm.assign(
        "user",
        alice,
        realm.role("dept-viewer", Map.of("conversation.view", "department"), true),
        TestRealm.scopeInboxes(web));
    realm.assign(
        "user",
        alice,
        realm.role("own-viewer", Map.of("conversation.view", "own"), true),
        TestRealm.scopeInboxes(wa));
    realm.assign(
        "user",
        alice,
        realm.role("sms-handler", Map.of("chat.handle", "all"), true),
        TestRealm.scopeAll());
    serviceTokens.put("checker", realm.serviceAccountToken("checker", true));
    serviceTokens.put("nosy", realm.serviceAccountToken("nosy", false));
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  private String serviceToken(String clientId) {
    return serviceTokens.get(clientId);
  }

  private String api(String path) {
    return "/realms/" + realm.name() + "/chat-access" + path;
  }

  private JsonResponse check(String token, Object body) {
    return http.post(api("/check"), token, body);
  }

  @Test
  void me_returns_the_whole_document_of_the_bearer() {
    JsonNode me = http.get(api("/me"), realm.token("alice")).json();

    assertThat(me.get("v").asInt()).isEqualTo(2);
    assertThat(me.get("complete").asBoolean()).isTrue();
    assertThat(me.get("departments").get(0).asText()).isEqualTo("emea");
    assertThat(me.get("all").get("chat.handle").asText()).isEqualTo("all");
    JsonNode set = me.get("sets").get(me.get("inboxes").get("pub-web").asInt());
    assertThat(set.get("conversation.view").asText()).isEqualTo("department");
  }

  @Test
  void me_explains_on_request() {
    JsonNode explanation =
        http.get(api("/me?explain=true"), realm.token("alice")).json().get("explanation");

    JsonNode winners = explanation.get("pub-web").get("conversation.view");
    assertThat(winners).hasSize(1);
    assertThat(winners.get(0).get("role").asText()).isEqualTo("dept-viewer");
  }

  @Test
  void me_needs_a_bearer_token() {
    assertProblem(http.get(api("/me"), null), 401);
    assertProblem(http.get(api("/me"), "not-a-token"), 401);
  }

  @Test
  void check_agrees_with_the_level_rules_on_a_table_of_cases() {
    String token = serviceToken("checker");
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {"conversation.view", "pub-web", null, null, true, "department"});
    cases.add(
        new Object[] {
          "conversation.view", "pub-web", "someone", List.of("emea"), true, "department"
        });
    cases.add(
        new Object[] {
          "conversation.view", "pub-web", "someone", List.of("hr"), false, "department"
        });
    cases.add(new Object[] {"conversation.view", "pub-wa", alice, null, true, "own"});
    cases.add(
        new Object[] {"conversation.view", "pub-wa", "someone", List.of("emea"), false, "own"});
    cases.add(new Object[] {"chat.handle", "pub-extra-3", "someone", null, true, "all"});
    cases.add(new Object[] {"conversation.delete", "pub-web", null, null, false, "none"});
    JsonNode me = http.get(api("/me"), realm.token("alice")).json();
    for (Object[] c : cases) {
      Map<String, Object> body = new HashMap<>();
      body.put("userId", alice);
      body.put("permission", c[0]);
      body.put("inbox", c[1]);
      body.put("conversationOwner", c[2]);
      body.put("ownerDepartments", c[3]);

      JsonNode result = check(token, body).json();

      assertThat(result.get("allowed").asBoolean())
          .as("%s", java.util.Arrays.asList(c))
          .isEqualTo(c[4]);
      assertThat(result.get("level").asText()).as("%s", java.util.Arrays.asList(c)).isEqualTo(c[5]);
      assertThat(result.get("level").asText())
          .isEqualTo(claimLevel(me, (String) c[0], (String) c[1]));
    }
  }

  @Test
  void a_batch_answers_in_order_and_names_a_bad_entry() {
    String token = serviceToken("checker");
    Map<String, Object> good =
        Map.of("username", "alice", "permission", "chat.handle", "inbox", "pub-web");
    Map<String, Object> denied =
        Map.of("username", "bob", "permission", "chat.handle", "inbox", "pub-web");

    JsonNode results =
        http.post(api("/check/batch"), token, Map.of("checks", List.of(good, denied)))
            .json()
            .get("results");

    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("allowed").asBoolean()).isTrue();
    assertThat(results.get(1).get("allowed").asBoolean()).isFalse();
    assertInvalid(
        http.post(
            api("/check/batch"),
            token,
            Map.of(
                "checks",
                List.of(
                    good, Map.of("username", "alice", "permission", "nope", "inbox", "pub-web")))),
        "checks[1].permission");
  }

  @Test
  void callers_without_the_check_role_are_refused() {
    Map<String, Object> body =
        Map.of("userId", alice, "permission", "chat.handle", "inbox", "pub-web");

    assertProblem(check(serviceToken("nosy"), body), 403);
    assertProblem(check(realm.token("alice"), body), 403);
    assertProblem(check(null, body), 401);
  }

  @Test
  void bad_checks_are_400_problems() {
    String token = serviceToken("checker");

    assertInvalid(check(token, Map.of("permission", "chat.handle", "inbox", "pub-web")), "userId");
    assertInvalid(
        check(token, Map.of("userId", "nobody", "permission", "chat.handle", "inbox", "pub-web")),
        "userId");
    assertInvalid(
        check(token, Map.of("userId", alice, "permission", "chat.handle", "inbox", "nowhere")),
        "inbox");
    assertProblem(check(token, "{not json"), 400);
  }

  private static String claimLevel(JsonNode document, String permission, String inboxKey) {
    List<String> order = List.of("none", "own", "department", "all");
    String level = document.get("all").path(permission).asText("none");
    JsonNode index = document.get("inboxes").get(inboxKey);
    if (index != null) {
      String own = document.get("sets").get(index.asInt()).path(permission).asText("none");
      level = order.indexOf(own) > order.indexOf(level) ? own : level;
    }
    return level;
  }
}
