package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The source's rule that only agents who may read a conversation's history may rate it: alice is
 * given {@code conversation.rate: all} with {@code transcript.view: own} everywhere, and {@code
 * transcript.view: all} on the {@code pre-vip} inbox only.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Permission prerequisites: rating capped by transcript access")
class PrerequisitesIT {

  private TestRealm realm;
  private ChatTokens tokens;
  private String alice;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    realm = TestRealm.create(http, "prerequisites");
    realm.put("/settings", Map.of("licensesRequired", false));
    realm.inbox("pre-web", "web", null);
    String vip = realm.inbox("pre-vip", "web", null);
    alice = realm.userId("alice");
    realm.assign(
        "user",
        alice,
        realm.role("rater", Map.of("conversation.rate", "all", "transcript.view", "own"), false),
        TestRealm.scopeAll());
    realm.assign(
        "user",
        alice,
        realm.role("vip-reader", Map.of("transcript.view", "all"), false),
        TestRealm.scopeInboxes(vip));
    tokens = ChatTokens.client(http, realm, "agent-desktop");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  void a_real_token_rates_at_most_at_the_transcript_level_of_each_inbox() {
    JsonNode chat = tokens.claim("alice");

    assertThat(ChatTokens.level(chat, "conversation.rate", "pre-web")).isEqualTo("own");
    assertThat(ChatTokens.level(chat, "conversation.rate", "pre-vip")).isEqualTo("all");
    assertThat(ChatTokens.level(chat, "transcript.view", "pre-web")).isEqualTo("own");
  }

  @Test
  void the_explanation_names_the_cap() {
    JsonNode capped =
        realm.get("/users/" + alice + "/explain?permission=conversation.rate&inbox=pre-web").json();
    JsonNode free =
        realm.get("/users/" + alice + "/explain?permission=conversation.rate&inbox=pre-vip").json();

    assertThat(capped.get("level").asText()).isEqualTo("own");
    assertThat(capped.get("cappedBy").get("permission").asText()).isEqualTo("transcript.view");
    assertThat(capped.get("cappedBy").get("level").asText()).isEqualTo("own");
    assertThat(capped.get("cappedBy").get("granted").asText()).isEqualTo("all");
    assertThat(free.get("level").asText()).isEqualTo("all");
    assertThat(free.path("cappedBy").isMissingNode() || free.get("cappedBy").isNull()).isTrue();
  }

  @Test
  void the_catalog_shows_prerequisites_and_custom_permissions_may_declare_one() {
    JsonNode rate = realm.get("/permissions/conversation.rate").json();
    JsonResponse created =
        realm.post(
            "/permissions",
            Map.of("key", "crm.export", "kind", "boolean", "requires", "transcript.view"));

    assertThat(rate.get("requires").asText()).isEqualTo("transcript.view");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(realm.get("/permissions/crm.export").json().get("requires").asText())
        .isEqualTo("transcript.view");
    assertThat(realm.get("/document").json().get("permissions").get(0).get("requires").asText())
        .isEqualTo("transcript.view");
  }

  @Test
  void a_prerequisite_must_exist_and_must_not_lead_back() {
    assertInvalid(
        realm.post(
            "/permissions", Map.of("key", "crm.nothing", "kind", "scoped", "requires", "no.such")),
        "requires");
    assertInvalid(
        realm.post(
            "/permissions", Map.of("key", "crm.self", "kind", "scoped", "requires", "crm.self")),
        "requires");
    assertThat(realm.get("/permissions/crm.nothing").status()).isEqualTo(404);
  }

  @Test
  void a_required_permission_cannot_be_deleted_while_another_requires_it() {
    realm.post("/permissions", Map.of("key", "crm.read", "kind", "scoped"));
    realm.post(
        "/permissions", Map.of("key", "crm.write", "kind", "scoped", "requires", "crm.read"));

    assertProblem(realm.delete("/permissions/crm.read"), 409);
    assertThat(realm.get("/permissions/crm.read").status()).isEqualTo(200);
  }

  @Test
  void the_document_refuses_a_cycle_and_changes_nothing() {
    String before = realm.get("/document").json().toString();
    Map<String, Object> document =
        Map.of(
            "format",
            1,
            "permissions",
            List.of(
                Map.of("key", "loop.a", "kind", "scoped", "requires", "loop.b"),
                Map.of("key", "loop.b", "kind", "scoped", "requires", "loop.a")));

    assertInvalid(realm.put("/document", document), "$.permissions[0].requires");
    assertThat(realm.get("/document").json().toString()).isEqualTo(before);
  }
}
