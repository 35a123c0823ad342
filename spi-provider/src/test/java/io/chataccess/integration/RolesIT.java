package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Chat roles, versions and save modes: /chat-access/roles")
class RolesIT {

  private KeycloakHttp http;
  private TestRealm realm;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "roles");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  void a_fresh_realm_is_seeded_with_the_default_roles() {
    List<String> keys = new ArrayList<>();
    realm.get("/roles").json().forEach(r -> keys.add(r.get("key").asText()));

    assertThat(keys).contains("administrator", "supervisor", "agent", "transcript-viewer");
    JsonNode viewer = realm.get("/roles/" + realm.roleIdByKey("transcript-viewer")).json();
    assertThat(viewer.get("requiresLicense").asBoolean()).isFalse();
  }

  @Test
  void every_save_makes_a_version_and_the_etag_follows_it() {
    String id = realm.role("versioned", Map.of("chat.handle", "own"), true);
    JsonResponse first = realm.get("/roles/" + id);
    assertThat(first.header("ETag").orElse("")).contains("1");

    JsonResponse saved = save(id, "versioned", Map.of("chat.handle", "all"), "apply", "\"1\"");

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().get("version").asInt()).isEqualTo(2);
    assertThat(saved.header("ETag").orElse("")).contains("2");
    JsonNode versions = realm.get("/roles/" + id + "/versions").json();
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).get("grants").get("chat.handle").asText()).isEqualTo("own");
    assertThat(versions.get(1).get("grants").get("chat.handle").asText()).isEqualTo("all");
    assertThat(realm.get("/roles/" + id + "/versions/1").json().get("version").asInt())
        .isEqualTo(1);
    assertProblem(realm.get("/roles/" + id + "/versions/9"), 404);
  }

  @Test
  void a_stale_if_match_is_a_conflict_and_changes_nothing() {
    String id = realm.role("contended", Map.of("chat.handle", "own"), true);
    assertThat(save(id, "contended", Map.of("chat.handle", "all"), "apply", "\"1\"").status())
        .isEqualTo(200);

    JsonResponse stale =
        save(id, "contended", Map.of("conversation.delete", "all"), "apply", "\"1\"");

    assertProblem(stale, 409);
    JsonNode role = realm.get("/roles/" + id).json();
    assertThat(role.get("version").asInt()).isEqualTo(2);
    assertThat(role.get("grants").has("conversation.delete")).isFalse();
  }

  @Test
  @DisplayName("save mode apply: existing assignments get the new version")
  void save_mode_apply_moves_existing_assignments_to_the_new_version() {
    String inbox = realm.inbox("apply-inbox", "web", null);
    String id = realm.role("apply-role", Map.of("transcript.view", "own"), false);
    realm.assign("user", realm.userId("alice"), id, TestRealm.scopeAll());

    save(id, "apply-role", Map.of("transcript.view", "all"), "apply", null);

    assertThat(realm.grantsIn("alice", "apply-inbox")).containsEntry("transcript.view", "all");
    assertThat(inbox).isNotBlank();
  }

  @Test
  @DisplayName(
      "save mode new-only: existing holders keep their version, new ones get the new one; the"
          + " assignment itself stays unpinned")
  void save_mode_new_only_keeps_existing_holders() {
    realm.inbox("new-only-inbox", "web", null);
    String id = realm.role("new-only-role", Map.of("transcript.view", "own"), false);
    String existing = realm.assign("user", realm.userId("bob"), id, TestRealm.scopeAll());

    save(id, "new-only-role", Map.of("transcript.view", "all"), "new-only", null);
    realm.assign("user", realm.userId("carol"), id, TestRealm.scopeAll());

    assertThat(realm.get("/assignments/" + existing).json().path("pinnedVersion").isNull())
        .isTrue();
    assertThat(realm.grantsIn("bob", "new-only-inbox")).containsEntry("transcript.view", "own");
    assertThat(realm.grantsIn("carol", "new-only-inbox")).containsEntry("transcript.view", "all");
  }

  @Test
  @DisplayName(
      "a PUT that leaves pinnedVersion out keeps the assignment's pin; an explicit null releases"
          + " it")
  void a_put_without_pinned_version_keeps_the_pin() {
    realm.inbox("kept-pin-inbox", "web", null);
    String id = realm.role("kept-pin-role", Map.of("transcript.view", "own"), false);
    save(id, "kept-pin-role", Map.of("transcript.view", "all"), "apply", null);
    java.util.Map<String, Object> body = new java.util.HashMap<>();
    body.put("subject", Map.of("type", "user", "id", realm.userId("dave")));
    body.put("roleId", id);
    body.put("pinnedVersion", 1);
    body.put("scope", TestRealm.scopeAll());
    String assignment = realm.created("/assignments", body).get("id").asText();
    JsonNode pinned = realm.get("/assignments/" + assignment).json();

    body.remove("subject");
    body.remove("pinnedVersion");
    body.put("scope", TestRealm.scopeNode(realm.location("kept-pin-location")));
    JsonNode withoutPin = realm.put("/assignments/" + assignment, body).json();
    body.put("scope", TestRealm.scopeAll());
    body.put("pinnedVersion", null);
    JsonNode released = realm.put("/assignments/" + assignment, body).json();

    assertThat(pinned.get("pinnedVersion").asInt()).isEqualTo(1);
    assertThat(withoutPin.get("pinnedVersion").asInt()).as(withoutPin.toString()).isEqualTo(1);
    assertThat(withoutPin.get("scope").get("type").asText()).isEqualTo("node");
    assertThat(
            released.path("pinnedVersion").isNull()
                || released.path("pinnedVersion").isMissingNode())
        .as(released.toString())
        .isTrue();
    assertThat(realm.grantsIn("dave", "kept-pin-inbox")).containsEntry("transcript.view", "all");
  }

  @Test
  void grants_are_checked_against_the_catalog() {
    assertInvalid(
        realm.post(
            "/roles",
            Map.of("key", "bad-level", "name", "x", "grants", Map.of("chat.handle", "most"))),
        "grants.chat.handle");
    assertInvalid(
        realm.post(
            "/roles",
            Map.of("key", "bool-own", "name", "x", "grants", Map.of("canned.use", "own"))),
        "grants.canned.use");
    assertInvalid(
        realm.post(
            "/roles",
            Map.of("key", "unknown-perm", "name", "x", "grants", Map.of("nope.nope", "all"))),
        "grants.nope.nope");
  }

  @Test
  void a_bad_save_mode_and_a_bad_if_match_are_invalid() {
    String id = realm.role("modes", Map.of("chat.handle", "own"), true);

    assertInvalid(save(id, "modes", Map.of("chat.handle", "all"), "sometimes", null), "mode");
    assertInvalid(save(id, "modes", Map.of("chat.handle", "all"), "apply", "\"abc\""), "If-Match");
    assertThat(realm.get("/roles/" + id).json().get("version").asInt()).isEqualTo(1);
  }

  @Test
  void a_role_with_assignments_is_deleted_only_with_cascade() {
    String id = realm.role("doomed", Map.of("chat.handle", "own"), true);
    String assignment = realm.assign("user", realm.userId("dave"), id, TestRealm.scopeAll());

    assertProblem(realm.delete("/roles/" + id), 409);
    assertThat(realm.delete("/roles/" + id + "?cascade=true").status()).isEqualTo(204);

    assertProblem(realm.get("/roles/" + id), 404);
    assertProblem(realm.get("/assignments/" + assignment), 404);
  }

  @Test
  void a_duplicate_role_key_is_a_conflict() {
    realm.role("twin", Map.of("chat.handle", "own"), true);

    assertProblem(
        realm.post("/roles", Map.of("key", "twin", "name", "x", "grants", Map.of())), 409);
  }

  private JsonResponse save(
      String id, String key, Map<String, String> grants, String mode, String ifMatch) {
    var call =
        http.call("PUT", realm.api("/roles/" + id + "?mode=" + mode))
            .bearer(realm.managerToken())
            .json(Map.of("key", key, "name", key, "grants", grants, "requiresLicense", false));
    if (ifMatch != null) {
      call.header("If-Match", ifMatch);
    }
    return call.send();
  }
}
