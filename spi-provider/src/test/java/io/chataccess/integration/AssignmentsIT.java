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

@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Assignments: /chat-access/assignments")
class AssignmentsIT {

  private TestRealm realm;
  private String web;
  private String sms;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    realm = TestRealm.create(http, "assignments");
    web = realm.inbox("asg-web", "web", null);
    sms = realm.inbox("asg-sms", "sms", null);
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  void create_read_change_scope_and_pin_then_delete() {
    String role = realm.role("crud-role", Map.of("transcript.view", "own"), false);
    String id = realm.assign("user", realm.userId("alice"), role, TestRealm.scopeInboxes(web));
    JsonNode read = realm.get("/assignments/" + id).json();
    assertThat(read.get("subject").get("name").asText()).isEqualTo("alice");
    assertThat(read.get("roleKey").asText()).isEqualTo("crud-role");
    assertThat(read.get("source").asText()).isEqualTo("manual");

    JsonResponse changed =
        realm.put(
            "/assignments/" + id,
            Map.of(
                "roleId",
                role,
                "pinnedVersion",
                1,
                "scope",
                Map.of("type", "node", "nodeId", sms)));

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    JsonNode after = realm.get("/assignments/" + id).json();
    assertThat(after.get("pinnedVersion").asInt()).isEqualTo(1);
    assertThat(after.get("scope").get("nodeId").asText()).isEqualTo(sms);
    assertThat(realm.grantsIn("alice", "asg-sms")).containsEntry("transcript.view", "own");
    assertThat(realm.delete("/assignments/" + id).status()).isEqualTo(204);
    assertProblem(realm.get("/assignments/" + id), 404);
  }

  @Test
  @DisplayName(
      "a script may name subjects and roles as answers do: username, group path, role name")
  void natural_identifiers_name_subjects_and_roles() {
    realm.role("named-role", Map.of("canned.use", "all"), false);
    List<Map<String, Object>> subjects =
        List.of(
            Map.of("type", "user", "name", "erin"),
            Map.of("type", "group", "name", "/support/emea"),
            Map.of("type", "realm-role", "name", "senior"),
            Map.of("type", "client-role", "name", "crm/crm-user"));
    List<String> expectedIds =
        List.of(
            realm.userId("erin"),
            realm.groupId("/support/emea"),
            realm.realmRoleId("senior"),
            realm.clientRoleId("crm", "crm-user"));

    for (int i = 0; i < subjects.size(); i++) {
      JsonResponse created =
          realm.post(
              "/assignments",
              Map.of(
                  "subject",
                  subjects.get(i),
                  "roleKey",
                  "named-role",
                  "scope",
                  TestRealm.scopeAll()));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      JsonNode answer = created.json();
      assertThat(answer.get("subject").get("id").asText()).isEqualTo(expectedIds.get(i));
      assertThat(answer.get("subject").get("name").asText()).isEqualTo(subjects.get(i).get("name"));
      assertThat(answer.get("roleKey").asText()).isEqualTo("named-role");
      assertThat(answer.get("roleId").asText()).isEqualTo(realm.roleIdByKey("named-role"));
    }
    assertThat(realm.grantsIn("erin", "asg-web")).containsEntry("canned.use", "all");
  }

  @Test
  void unknown_or_contradicting_names_are_named_fields() {
    realm.role("other-named-role", Map.of("canned.use", "all"), false);
    Map<String, Object> scope = TestRealm.scopeAll();

    assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "name", "nobody-here"),
                "roleKey",
                "other-named-role",
                "scope",
                scope)),
        "subject.name");
    assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "name", "erin", "id", realm.userId("frank")),
                "roleKey",
                "other-named-role",
                "scope",
                scope)),
        "subject.name");
    assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "name", "erin"),
                "roleKey",
                "no-such-role",
                "scope",
                scope)),
        "roleKey");
    assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "name", "erin"),
                "roleKey",
                "other-named-role",
                "roleId",
                realm.role("contradicting-role", Map.of("canned.use", "all"), false),
                "scope",
                scope)),
        "roleKey");
  }

  @Test
  void extra_inline_grants_for_one_user_are_license_gated() {
    String bob = realm.userId("bob");
    JsonNode created =
        realm.created(
            "/assignments",
            Map.of(
                "subject", Map.of("type", "user", "id", bob),
                "grants", Map.of("conversation.join", "all"),
                "scope", Map.of("type", "all")));
    assertThat(created.get("roleId").isNull()).isTrue();
    assertThat(created.get("grants").get("conversation.join").asText()).isEqualTo("all");
    assertThat(realm.grantsIn("bob", "asg-web")).doesNotContainKey("conversation.join");

    realm.hold(realm.license("asg-seat", null, java.util.List.of("web")), "bob");

    assertThat(realm.grantsIn("bob", "asg-web")).containsEntry("conversation.join", "all");
    assertThat(realm.grantsIn("bob", "asg-sms")).doesNotContainKey("conversation.join");
  }

  @Test
  void the_subject_cannot_change_and_a_missing_version_cannot_be_pinned() {
    String role = realm.roleIdByKey("agent");
    String id = realm.assign("user", realm.userId("carol"), role, TestRealm.scopeAll());

    assertInvalid(
        realm.put(
            "/assignments/" + id,
            Map.of(
                "subject", Map.of("type", "user", "id", realm.userId("dave")),
                "roleId", role,
                "scope", Map.of("type", "all"))),
        "subject");
    assertInvalid(
        realm.put(
            "/assignments/" + id,
            Map.of("roleId", role, "pinnedVersion", 99, "scope", Map.of("type", "all"))),
        "pinnedVersion");
    assertThat(realm.get("/assignments/" + id).json().get("pinnedVersion").isNull()).isTrue();
  }

  @Test
  void a_role_and_inline_grants_together_or_neither_are_invalid() {
    String dave = realm.userId("dave");
    String role = realm.roleIdByKey("agent");

    assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject", Map.of("type", "user", "id", dave),
                "roleId", role,
                "grants", Map.of("chat.handle", "all"),
                "scope", Map.of("type", "all"))),
        "roleId");
    assertInvalid(
        realm.post(
            "/assignments",
            Map.of("subject", Map.of("type", "user", "id", dave), "scope", Map.of("type", "all"))),
        "roleId");
  }

  @Test
  void the_source_is_recorded_and_filterable() {
    String role = realm.roleIdByKey("supervisor");
    JsonNode synced =
        realm.created(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "group", "id", realm.groupId("/sales")),
                "roleId",
                role,
                "scope",
                Map.of("type", "all"),
                "source",
                "idp:corporate"));

    JsonNode filtered = realm.get("/assignments?source=idp:corporate").json();

    assertThat(filtered).hasSize(1);
    assertThat(filtered.get(0).get("id").asText()).isEqualTo(synced.get("id").asText());
    assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "group", "id", realm.groupId("/sales")),
                "roleId",
                role,
                "scope",
                Map.of("type", "all"),
                "source",
                "robot")),
        "source");
  }

  @Test
  void unknown_subjects_roles_and_inboxes_are_named() {
    String role = realm.roleIdByKey("agent");

    assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "id", "nobody"),
                "roleId",
                role,
                "scope",
                Map.of("type", "all"))),
        "subject.id");
    assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "realm-role", "id", realm.clientRoleId("crm", "crm-user")),
                "roleId",
                role,
                "scope",
                Map.of("type", "all"))),
        "subject.id");
    assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "id", realm.userId("erin")),
                "roleId",
                role,
                "scope",
                Map.of("type", "inboxes", "inboxIds", java.util.List.of(web, "nope")))),
        "scope.inboxIds[1]");
  }
}
