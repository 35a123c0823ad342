package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName(
    "Removing Keycloak users, groups, roles, clients and realms removes the chat data pointing at them")
class LifecycleIT {

  private KeycloakHttp http;
  private TestRealm realm;
  private String role;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "lifecycle");
    role = realm.roleIdByKey("agent");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  void removing_a_user_removes_its_assignments_seats_and_suspension() {
    String erin = realm.userId("erin");
    String license = realm.license("lifecycle-seats", 2, List.of());
    String assignment = realm.assign("user", erin, role, TestRealm.scopeAll());
    realm.hold(license, "erin");
    realm.put("/users/" + erin + "/suspension", Map.of("suspended", true));

    realm.admin().users().get(erin).remove();

    assertProblem(realm.get("/assignments/" + assignment), 404);
    assertThat(realm.get("/licenses/" + license).json().get("seatsUsed").asInt()).isZero();
    assertThat(realm.get("/assignments?subjectId=" + erin).json()).isEmpty();
  }

  @Test
  void removing_a_group_removes_its_assignments_and_those_of_its_subgroups() {
    GroupRepresentation parent = new GroupRepresentation();
    parent.setName("doomed");
    realm.admin().groups().add(parent).close();
    String parentId = realm.groupId("/doomed");
    GroupRepresentation child = new GroupRepresentation();
    child.setName("child");
    realm.admin().groups().group(parentId).subGroup(child).close();
    String childId = realm.groupId("/doomed/child");
    String onParent = realm.assign("group", parentId, role, TestRealm.scopeAll());
    String onChild = realm.assign("group", childId, role, TestRealm.scopeAll());

    realm.admin().groups().group(parentId).remove();

    assertProblem(realm.get("/assignments/" + onParent), 404);
    assertProblem(realm.get("/assignments/" + onChild), 404);
  }

  @Test
  void removing_the_department_root_group_clears_the_setting() {
    GroupRepresentation departments = new GroupRepresentation();
    departments.setName("departments-root");
    realm.admin().groups().add(departments).close();
    realm.put(
        "/settings", Map.of("departmentRootGroup", "/departments-root", "licensesRequired", true));

    realm.admin().groups().group(realm.groupId("/departments-root")).remove();

    assertThat(realm.get("/settings").json().get("departmentRootGroup").isNull()).isTrue();
  }

  @Test
  void removing_a_realm_role_removes_its_assignments() {
    realm.admin().roles().create(new RoleRepresentation("short-lived", "", false));
    String assignment =
        realm.assign("realm-role", realm.realmRoleId("short-lived"), role, TestRealm.scopeAll());

    realm.admin().roles().deleteRole("short-lived");

    assertProblem(realm.get("/assignments/" + assignment), 404);
  }

  @Test
  void removing_a_client_removes_the_assignments_of_its_roles() {
    String assignment =
        realm.assign(
            "client-role", realm.clientRoleId("crm", "crm-user"), role, TestRealm.scopeAll());
    String crm = realm.admin().clients().findByClientId("crm").get(0).getId();

    realm.admin().clients().get(crm).remove();

    assertProblem(realm.get("/assignments/" + assignment), 404);
  }

  @Test
  void removing_a_realm_removes_its_chat_data_and_a_new_realm_of_that_name_starts_empty() {
    TestRealm doomed = TestRealm.create(http, "doomed-realm");
    String name = doomed.name();
    String location = doomed.location("gone");
    doomed.license("gone-license", 1, List.of());
    doomed.assign(
        "user", doomed.userId("alice"), doomed.roleIdByKey("agent"), TestRealm.scopeNode(location));

    doomed.close();
    org.keycloak.representations.idm.RealmRepresentation again =
        new org.keycloak.representations.idm.RealmRepresentation();
    again.setRealm(name);
    again.setEnabled(true);
    http.adminClient().realms().create(again);
    try {
      String token = http.masterAdminToken();
      String api = "/admin/realms/" + name + "/chat-access";

      assertThat(http.get(api + "/inboxes", token).json()).isEmpty();
      assertThat(http.get(api + "/licenses", token).json()).isEmpty();
      assertThat(http.get(api + "/assignments", token).json()).isEmpty();
      List<String> roles = new ArrayList<>();
      http.get(api + "/roles", token).json().forEach(r -> roles.add(r.get("key").asText()));
      assertThat(roles)
          .containsExactlyInAnyOrder("administrator", "supervisor", "agent", "transcript-viewer");
    } finally {
      http.adminClient().realm(name).remove();
    }
  }
}
