package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Given a realm with a location "emea" holding a web and a WhatsApp inbox, and a separate "apac"
 * web inbox, each test gives a different user its chat role a different way.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Effective permissions and explanations: /chat-access/users/{id}")
class EffectivePermissionsIT {

  private TestRealm realm;
  private String emea;
  private String webEmea;
  private String waEmea;
  private String webApac;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    realm = TestRealm.create(http, "effective");
    emea = realm.location("emea");
    webEmea = realm.inbox("web-emea", "web", emea);
    waEmea = realm.inbox("wa-emea", "whatsapp", emea);
    webApac = realm.inbox("web-apac", "web", null);
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  private String viewerRole(String key, String level) {
    return realm.role(key, Map.of("transcript.view", level), false);
  }

  @Test
  void a_direct_user_assignment_applies_to_its_scope_only() {
    realm.assign(
        "user",
        realm.newUser("frank"),
        viewerRole("direct", "own"),
        TestRealm.scopeInboxes(webApac));

    assertThat(realm.grantsIn("frank", "web-apac")).containsEntry("transcript.view", "own");
    assertThat(realm.grantsIn("frank", "web-emea")).isEmpty();
  }

  @Test
  void a_group_assignment_reaches_members_and_members_of_its_subgroups() {
    realm.newUser("grace");
    realm.joinGroup("grace", "/support/emea");
    realm.assign(
        "group",
        realm.groupId("/support"),
        viewerRole("by-group", "department"),
        TestRealm.scopeNode(emea));

    assertThat(realm.grantsIn("grace", "web-emea")).containsEntry("transcript.view", "department");
    assertThat(realm.grantsIn("grace", "wa-emea")).containsEntry("transcript.view", "department");
    assertThat(realm.grantsIn("grace", "web-apac")).isEmpty();
  }

  @Test
  void a_realm_role_assignment_reaches_holders_directly_through_composites_and_through_groups() {
    String role = viewerRole("by-role", "all");
    realm.assign(
        "realm-role", realm.realmRoleId("agent-role"), role, TestRealm.scopeInboxes(webEmea));
    realm.grantRealmRole("carol", "agent-role");
    realm.grantRealmRole("dave", "senior");
    realm
        .admin()
        .groups()
        .group(realm.groupId("/sales"))
        .roles()
        .realmLevel()
        .add(List.of(realm.admin().roles().get("agent-role").toRepresentation()));
    realm.joinGroup("erin", "/sales");

    for (String user : List.of("carol", "dave", "erin")) {
      assertThat(realm.grantsIn(user, "web-emea")).as(user).containsEntry("transcript.view", "all");
    }
  }

  @Test
  void a_client_role_assignment_reaches_holders_of_the_client_role() {
    String user = realm.userId("alice");
    String clientId = realm.admin().clients().findByClientId("crm").get(0).getId();
    realm
        .admin()
        .users()
        .get(user)
        .roles()
        .clientLevel(clientId)
        .add(
            List.of(
                realm.admin().clients().get(clientId).roles().get("crm-user").toRepresentation()));
    realm.assign(
        "client-role",
        realm.clientRoleId("crm", "crm-user"),
        realm.role("crm-stats", Map.of("statistics.view", "all"), false),
        TestRealm.scopeAll());

    assertThat(realm.grantsIn("alice", "wa-emea")).containsEntry("statistics.view", "all");
  }

  @Test
  void a_node_scope_covers_inboxes_added_later() {
    String location = realm.location("later");
    realm.assign(
        "user", realm.userId("erin"), viewerRole("future", "own"), TestRealm.scopeNode(location));
    realm.inbox("later-web", "web", location);

    assertThat(realm.grantsIn("erin", "later-web")).containsEntry("transcript.view", "own");
  }

  @Test
  void the_highest_level_wins_across_assignments() {
    String user = realm.userId("dave");
    realm.assign("user", user, viewerRole("low", "own"), TestRealm.scopeAll());
    realm.assign("user", user, viewerRole("high", "all"), TestRealm.scopeInboxes(waEmea));

    assertThat(realm.grantsIn("dave", "wa-emea")).containsEntry("transcript.view", "all");
    JsonNode effective = realm.get("/users/" + user + "/effective").json();
    assertThat(effective.get("everywhere").get("transcript.view").asText()).isEqualTo("own");
  }

  @Test
  void a_role_requiring_a_license_grants_only_on_channels_a_held_license_covers() {
    String role = realm.role("licensed-agent", Map.of("chat.handle", "all"), true);
    String user = realm.userId("bob");
    realm.assign("user", user, role, TestRealm.scopeNode(emea));
    assertThat(realm.grantsIn("bob", "web-emea")).doesNotContainKey("chat.handle");

    realm.hold(realm.license("web-only", 10, List.of("web", "in_app")), "bob");

    assertThat(realm.grantsIn("bob", "web-emea")).containsEntry("chat.handle", "all");
    assertThat(realm.grantsIn("bob", "wa-emea")).doesNotContainKey("chat.handle");
    JsonNode why =
        realm.get("/users/" + user + "/explain?permission=chat.handle&inbox=wa-emea").json();
    assertThat(why.get("level").asText()).isEqualTo("none");
    assertThat(why.get("contributions").get(0).get("dropped").asText()).isEqualTo("license");
  }

  @Test
  void the_explanation_names_the_winning_assignment_its_role_version_and_path() {
    realm.joinGroup("carol", "/support/emea");
    String role = viewerRole("explained", "department");
    String assignment =
        realm.assign("group", realm.groupId("/support"), role, TestRealm.scopeNode(emea));

    JsonNode why =
        realm
            .get(
                "/users/"
                    + realm.userId("carol")
                    + "/explain?permission=transcript.view&inbox=web-emea")
            .json();

    assertThat(why.get("level").asText()).isIn("department", "all");
    JsonNode contribution = null;
    for (JsonNode c : why.get("contributions")) {
      if (c.get("assignmentId").asText().equals(assignment)) {
        contribution = c;
      }
    }
    assertThat(contribution).isNotNull();
    assertThat(contribution.get("role").get("key").asText()).isEqualTo("explained");
    assertThat(contribution.get("version").asInt()).isEqualTo(1);
    assertThat(contribution.get("via").asText()).contains("/support/emea");
    assertThat(contribution.get("scope").asText()).contains("emea");
    assertThat(contribution.get("dropped").isNull()).isTrue();
  }

  @Test
  void explain_needs_a_known_permission_and_inbox() {
    String user = realm.userId("alice");

    assertInvalid(
        realm.get("/users/" + user + "/explain?permission=nope&inbox=web-emea"), "permission");
    assertInvalid(
        realm.get("/users/" + user + "/explain?permission=chat.handle&inbox=nowhere"), "inbox");
    Problems.assertProblem(realm.get("/users/not-a-user/effective"), 404);
  }

  @Test
  void suspension_removes_everything_and_resuming_restores_it() {
    String user = realm.userId("erin");
    realm.assign("user", user, viewerRole("suspendable", "all"), TestRealm.scopeInboxes(webApac));
    assertThat(realm.grantsIn("erin", "web-apac")).isNotEmpty();

    assertThat(
            realm
                .put(
                    "/users/" + user + "/suspension",
                    Map.of("suspended", true, "reason", "incident"))
                .status())
        .isEqualTo(200);

    JsonNode effective = realm.get("/users/" + user + "/effective").json();
    assertThat(effective.get("suspended").asBoolean()).isTrue();
    assertThat(effective.get("inboxes")).isEmpty();
    assertThat(effective.get("everywhere")).isEmpty();
    assertThat(realm.get("/users/" + user + "/suspension").json().get("reason").asText())
        .isEqualTo("incident");

    realm.put("/users/" + user + "/suspension", Map.of("suspended", false));

    assertThat(realm.grantsIn("erin", "web-apac")).containsEntry("transcript.view", "all");
  }

  @Test
  void assignments_are_filtered_by_subject_role_and_node() {
    String role = viewerRole("filtered", "own");
    String user = realm.userId("alice");
    String byUser = realm.assign("user", user, role, TestRealm.scopeNode(emea));
    String byGroup =
        realm.assign("group", realm.groupId("/sales"), role, TestRealm.scopeInboxes(webApac));

    assertThat(ids("/assignments?roleId=" + role)).containsExactlyInAnyOrder(byUser, byGroup);
    assertThat(ids("/assignments?roleId=" + role + "&subjectType=user&subjectId=" + user))
        .containsExactly(byUser);
    assertThat(ids("/assignments?roleId=" + role + "&nodeId=" + webApac)).containsExactly(byGroup);
    assertThat(ids("/assignments?roleId=" + role + "&nodeId=" + emea)).containsExactly(byUser);
    assertInvalid(realm.get("/assignments?subjectType=robot"), "subjectType");
  }

  private List<String> ids(String path) {
    List<String> ids = new java.util.ArrayList<>();
    realm.get(path).json().forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }
}
