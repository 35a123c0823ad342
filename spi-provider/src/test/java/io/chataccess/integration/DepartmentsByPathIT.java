package io.chataccess.integration;

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
import org.keycloak.representations.idm.GroupRepresentation;

/**
 * The source's contact centre with two departments of the same name under different parents: alice
 * and carol in {@code /departments/emea/service}, bob in {@code /departments/americas/service}, all
 * three with {@code conversation.view: department} everywhere. The token claim, {@code /me} and
 * {@code /check} must agree that only alice and carol share a department.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Departments are identified by their path below the department root")
class DepartmentsByPathIT {

  private KeycloakHttp http;
  private TestRealm realm;
  private String checker;
  private ChatTokens tokens;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "departments");
    String root = createGroup(null, "departments");
    String emea = createGroup(root, "emea");
    String americas = createGroup(root, "americas");
    String emeaService = createGroup(emea, "service");
    String americasService = createGroup(americas, "service");
    String northSouth = createGroup(emea, "north/south");
    realm.put(
        "/settings", Map.of("departmentRootGroup", "/departments", "licensesRequired", false));
    join("alice", emeaService);
    join("carol", emeaService);
    join("bob", americasService);
    join("dave", northSouth);
    realm.inbox("dept-web", "web", null);
    String viewer = realm.role("dept-viewer", Map.of("conversation.view", "department"), false);
    for (String person : List.of("alice", "bob", "carol", "dave")) {
      realm.assign("user", realm.userId(person), viewer, TestRealm.scopeAll());
    }
    tokens = ChatTokens.client(http, realm, "agent-desktop");
    checker = realm.serviceAccountToken("checker", true);
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  private String createGroup(String parentId, String name) {
    GroupRepresentation group = new GroupRepresentation();
    group.setName(name);
    var response =
        parentId == null
            ? realm.admin().groups().add(group)
            : realm.admin().groups().group(parentId).subGroup(group);
    try (response) {
      assertThat(response.getStatus()).as("group %s", name).isEqualTo(201);
      String location = response.getLocation().getPath();
      return location.substring(location.lastIndexOf('/') + 1);
    }
  }

  private void join(String username, String groupId) {
    realm.admin().users().get(realm.userId(username)).joinGroup(groupId);
  }

  private JsonNode me(String username) {
    return http.get("/realms/" + realm.name() + "/chat-access/me", realm.token(username)).json();
  }

  private JsonNode check(String username, String owner, List<String> ownerDepartments) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("permission", "conversation.view");
    body.put("inbox", "dept-web");
    body.put("conversationOwner", realm.userId(owner));
    body.put("ownerDepartments", ownerDepartments);
    JsonResponse response =
        http.post("/realms/" + realm.name() + "/chat-access/check", checker, body);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  @Test
  void the_claim_and_me_name_departments_by_their_path_below_the_root() {
    assertThat(texts(tokens.claim("alice").get("departments"))).containsExactly("emea/service");
    assertThat(texts(tokens.claim("bob").get("departments"))).containsExactly("americas/service");
    assertThat(texts(me("alice").get("departments"))).containsExactly("emea/service");
    assertThat(texts(me("bob").get("departments"))).containsExactly("americas/service");
  }

  @Test
  void a_slash_inside_a_group_name_is_escaped_as_in_keycloak_group_paths() {
    assertThat(texts(tokens.claim("dave").get("departments"))).containsExactly("emea/north~/south");
  }

  @Test
  void same_named_departments_under_different_parents_share_nothing() {
    List<String> bobs = texts(me("bob").get("departments"));
    JsonNode across = check("alice", "bob", bobs);
    JsonNode byName = check("alice", "bob", List.of("service"));

    assertThat(across.get("allowed").asBoolean()).as(across.toString()).isFalse();
    assertThat(byName.get("allowed").asBoolean()).as(byName.toString()).isFalse();
    assertThat(texts(tokens.claim("alice").get("departments")))
        .as("the claim's own rule: alice's departments hold none of bob's")
        .doesNotContainAnyElementsOf(bobs);
  }

  @Test
  void the_same_department_is_shared_and_the_reason_names_it() {
    List<String> carols = texts(tokens.claim("carol").get("departments"));
    JsonNode shared = check("alice", "carol", carols);

    assertThat(shared.get("allowed").asBoolean()).as(shared.toString()).isTrue();
    assertThat(shared.get("level").asText()).isEqualTo("department");
    assertThat(shared.get("reason").asText()).contains("emea/service");
  }

  @Test
  void owner_departments_may_be_given_as_group_ids() {
    String emeaService = realm.groupId("/departments/emea/service");
    String americasService = realm.groupId("/departments/americas/service");

    assertThat(check("alice", "carol", List.of(emeaService)).get("allowed").asBoolean()).isTrue();
    assertThat(check("alice", "bob", List.of(americasService)).get("allowed").asBoolean())
        .isFalse();
  }
}
