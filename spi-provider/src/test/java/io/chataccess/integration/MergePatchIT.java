package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PATCH with JSON Merge Patch (RFC 7396) on inboxes, licenses, roles, assignments and settings: a
 * script changes one field without reading and resending the rest, and a patch can do nothing a PUT
 * refuses.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("PATCH: JSON Merge Patch")
class MergePatchIT {

  private TestRealm realm;
  private KeycloakHttp http;
  private String emea;
  private String apac;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "patch");
    emea = realm.location("p-emea");
    apac = realm.location("p-apac");
    realm.inbox("p-emea-web", "web", emea);
    realm.inbox("p-apac-web", "web", apac);
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void an_inbox_changes_only_what_the_patch_names() {
    JsonNode inbox =
        realm.created(
            "/inboxes",
            Map.of(
                "key",
                "p-sms",
                "name",
                "SMS",
                "type",
                "inbox",
                "channel",
                "sms",
                "parentId",
                emea,
                "attributes",
                Map.of("team", "red", "tier", "1")));
    String id = inbox.get("id").asText();

    JsonResponse patched =
        realm.patch(
            "/inboxes/" + id,
            json("{'name':'SMS EMEA','attributes':{'tier':null,'lang':'de'},'parentId':null}"),
            null);

    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    JsonNode after = realm.get("/inboxes/" + id).json();
    assertThat(after.get("name").asText()).isEqualTo("SMS EMEA");
    assertThat(after.get("key").asText()).isEqualTo("p-sms");
    assertThat(after.get("channel").asText()).isEqualTo("sms");
    assertThat(after.path("parentId").isNull() || after.path("parentId").isMissingNode()).isTrue();
    assertThat(after.get("attributes").size()).isEqualTo(2);
    assertThat(after.get("attributes").get("team").asText()).isEqualTo("red");
    assertThat(after.get("attributes").get("lang").asText()).isEqualTo("de");
  }

  @Test
  void a_rejected_patch_names_the_field_and_changes_nothing() {
    String id =
        realm
            .created("/licenses", Map.of("key", "p-seat", "name", "Seat", "seats", 3))
            .get("id")
            .asText();
    JsonNode before = realm.get("/licenses/" + id).json();

    assertInvalid(realm.patch("/licenses/" + id, json("{'seats':-1}"), null), "seats");
    assertInvalid(realm.patch("/licenses/" + id, json("{'colour':'red'}"), null), "colour");
    assertInvalid(realm.patch("/licenses/" + id, json("{'key':'Not A Key'}"), null), "key");
    assertProblem(realm.patch("/licenses/" + id, "[1]", null), 400);
    assertProblem(realm.patch("/licenses/" + id, "{\"name\":\"a\",\"name\":\"b\"}", null), 400);
    assertInvalid(realm.patch("/licenses/" + id, json("{'name':'Seat 2'}"), "\"1\""), "If-Match");
    assertProblem(
        http.call("PATCH", realm.api("/licenses/" + id))
            .bearer(realm.managerToken())
            .raw(json("{'name':'x'}"), "text/plain")
            .send(),
        415);
    assertProblem(realm.patch("/licenses/nothing-here", json("{'name':'x'}"), null), 404);
    assertThat(realm.get("/licenses/" + id).json()).isEqualTo(before);

    JsonResponse unlimited = realm.patch("/licenses/" + id, json("{'seats':null}"), null);
    assertThat(unlimited.status()).as(unlimited.toString()).isEqualTo(200);
    assertThat(realm.get("/licenses/" + id).json().path("seats").isNull()).isTrue();
    assertThat(realm.get("/licenses/" + id).json().get("name").asText()).isEqualTo("Seat");
  }

  @Test
  void a_plain_json_patch_is_taken_too() {
    String id =
        realm.created("/licenses", Map.of("key", "p-plain", "name", "Plain")).get("id").asText();
    JsonResponse patched =
        http.call("PATCH", realm.api("/licenses/" + id))
            .bearer(realm.managerToken())
            .json(Map.of("name", "Plain 2"))
            .send();
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.json().get("name").asText()).isEqualTo("Plain 2");
  }

  @Test
  @DisplayName("a role's grants merge per permission; If-Match and the save mode work as for PUT")
  void a_role_merges_grants_under_if_match() {
    String id = realm.role("p-role", Map.of("chat.handle", "own", "canned.use", "all"), false);

    JsonResponse stale =
        realm.patch("/roles/" + id, json("{'grants':{'chat.handle':'all'}}"), "\"7\"");
    assertProblem(stale, 409);

    JsonResponse patched =
        realm.patch(
            "/roles/" + id,
            json("{'grants':{'chat.handle':'all','canned.use':null,'transcript.view':'own'}}"),
            "\"1\"");

    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    JsonNode role = realm.get("/roles/" + id).json();
    assertThat(role.get("version").asInt()).isEqualTo(2);
    assertThat(role.get("grants").get("chat.handle").asText()).isEqualTo("all");
    assertThat(role.get("grants").get("transcript.view").asText()).isEqualTo("own");
    assertThat(role.get("grants").has("canned.use")).isFalse();
    assertThat(role.get("name").asText()).isEqualTo("p-role");
    assertInvalid(realm.patch("/roles/" + id, json("{'key':'p-other'}"), null), "key");
  }

  @Test
  @DisplayName(
      "an assignment's scope is replaced whole, its pin stays unless the role changes or it is"
          + " set to null")
  void an_assignment_keeps_its_pin_and_takes_a_new_scope() {
    String role = realm.role("p-pinned", Map.of("chat.handle", "own"), false);
    realm.saveRole(role, "p-pinned", Map.of("chat.handle", "all"), "apply");
    String other = realm.role("p-other-role", Map.of("canned.use", "all"), false);
    JsonNode created =
        realm.created(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "name", "carol"),
                "roleId",
                role,
                "pinnedVersion",
                1,
                "scope",
                Map.of("type", "node", "nodeId", emea)));
    String id = created.get("id").asText();

    JsonResponse scoped =
        realm.patch(
            "/assignments/" + id,
            json("{'scope':{'type':'nodes','nodeKeys':['p-emea','p-apac']}}"),
            null);
    assertThat(scoped.status()).as(scoped.toString()).isEqualTo(200);
    assertThat(scoped.json().get("scope").get("type").asText()).isEqualTo("nodes");
    assertThat(scoped.json().get("pinnedVersion").asInt()).isEqualTo(1);
    assertThat(realm.grantsIn("carol", "p-apac-web")).containsEntry("chat.handle", "own");

    JsonResponse released = realm.patch("/assignments/" + id, json("{'pinnedVersion':null}"), null);
    assertThat(released.status()).as(released.toString()).isEqualTo(200);
    assertThat(released.json().path("pinnedVersion").isNull()).isTrue();
    assertThat(realm.grantsIn("carol", "p-apac-web")).containsEntry("chat.handle", "all");

    realm.patch("/assignments/" + id, json("{'pinnedVersion':1}"), null);
    JsonResponse otherRole =
        realm.patch("/assignments/" + id, json("{'roleKey':'p-other-role'}"), null);
    assertThat(otherRole.status()).as(otherRole.toString()).isEqualTo(200);
    assertThat(otherRole.json().get("roleId").asText()).isEqualTo(other);
    assertThat(otherRole.json().path("pinnedVersion").isNull()).isTrue();

    assertInvalid(
        realm.patch("/assignments/" + id, json("{'scope':{'type':'node'}}"), null), "scope.nodeId");
    assertInvalid(
        realm.patch(
            "/assignments/" + id,
            json("{'subject':{'type':'user','id':'" + realm.userId("dave") + "'}}"),
            null),
        "subject");
    assertThat(realm.get("/assignments/" + id).json().get("roleId").asText()).isEqualTo(other);
  }

  @Test
  void the_settings_change_one_member() {
    JsonNode before = realm.get("/settings").json();
    boolean required = before.get("licensesRequired").asBoolean();

    JsonResponse patched =
        realm.patch("/settings", json("{'licensesRequired':" + !required + "}"), null);

    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    JsonNode after = realm.get("/settings").json();
    assertThat(after.get("licensesRequired").asBoolean()).isEqualTo(!required);
    assertThat(after.get("departmentRootGroup")).isEqualTo(before.get("departmentRootGroup"));
    realm.patch("/settings", json("{'licensesRequired':" + required + "}"), null);
  }

  @Test
  void a_view_only_admin_cannot_patch() {
    String token = realm.token("viewer");
    JsonResponse refused =
        http.call("PATCH", realm.api("/settings"))
            .bearer(token)
            .raw(json("{'licensesRequired':true}"), "application/merge-patch+json")
            .send();
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
  }
}
