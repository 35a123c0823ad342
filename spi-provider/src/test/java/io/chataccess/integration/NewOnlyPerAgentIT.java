package io.chataccess.integration;

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
 * The source's team profile saved "new agents only": everyone who holds the profile at that moment
 * (as a member of the team, of a group below it, through a composite role or a group's role) keeps
 * the version they had; agents who gain it afterwards, by any path, get the new one; "apply" brings
 * everyone to the current version. Read in real tokens.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("\"New only\" keeps each agent who held the role, not each assignment")
class NewOnlyPerAgentIT {

  private static final String INBOX = "team-web";

  private KeycloakHttp http;
  private TestRealm realm;
  private ChatTokens tokens;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "new-only");
    realm.put("/settings", Map.of("licensesRequired", false));
    realm.inbox(INBOX, "web", null);
    tokens = ChatTokens.client(http, realm, "agent-desktop");
  }

  @AfterAll
  void dropRealm() {
    realm.close();
  }

  @Test
  @DisplayName(
      "members, subgroup members, composite and group-role holders keep v1; later ones get v2;"
          + " apply releases them")
  void each_holder_keeps_the_version_they_had() {
    String profile = realm.role("team-profile", Map.of("transcript.view", "own"), false);
    realm.assign("group", realm.groupId("/support"), profile, TestRealm.scopeAll());
    realm.assign("realm-role", realm.realmRoleId("agent-role"), profile, TestRealm.scopeAll());
    realm.joinGroup("alice", "/support");
    realm.joinGroup("bob", "/support/emea");
    realm.grantRealmRole("carol", "senior");
    grantGroupRealmRole("/sales", "agent-role");
    realm.joinGroup("erin", "/sales");

    save(profile, Map.of("transcript.view", "all"), "new-only");
    realm.joinGroup("frank", "/support");
    realm.grantRealmRole("grace", "senior");

    for (String kept : List.of("alice", "bob", "carol", "erin")) {
      assertThat(level(kept)).as("%s held the profile at the save", kept).isEqualTo("own");
    }
    for (String later : List.of("frank", "grace")) {
      assertThat(level(later)).as("%s gained the profile after the save", later).isEqualTo("all");
    }
    assertThat(keptUsers(profile, 1)).isEqualTo(4);
    assertThat(realm.get("/assignments?roleId=" + profile).json())
        .allSatisfy(a -> assertThat(a.path("pinnedVersion").isNull()).isTrue());
    JsonNode contribution = explain("alice").get("contributions").get(0);
    assertThat(contribution.get("version").asInt()).isEqualTo(1);
    assertThat(contribution.get("pinned").asBoolean()).isTrue();
    assertThat(contribution.get("keptBack").asBoolean()).isTrue();
    assertThat(explain("frank").get("contributions").get(0).get("keptBack").asBoolean()).isFalse();

    save(profile, Map.of("transcript.view", "department"), "new-only");
    realm.newUser("henry");
    realm.joinGroup("henry", "/support");
    assertThat(level("alice")).as("kept back by the first save, still there").isEqualTo("own");
    assertThat(level("frank")).as("kept by the second save at v2").isEqualTo("all");
    assertThat(level("henry")).isEqualTo("department");
    assertThat(keptUsers(profile, 1)).isEqualTo(4);
    assertThat(keptUsers(profile, 2)).isEqualTo(2);

    save(profile, Map.of("transcript.view", "department"), "apply");
    for (String holder : List.of("alice", "bob", "carol", "erin", "frank", "grace", "henry")) {
      assertThat(level(holder)).as("%s after apply", holder).isEqualTo("department");
    }
    assertThat(keptUsers(profile, 1)).isZero();
    assertThat(keptUsers(profile, 2)).isZero();
  }

  @Test
  @DisplayName("a deleted user's kept versions go with the user")
  void a_deleted_user_is_released() {
    String profile = realm.role("leaver-profile", Map.of("chat.handle", "own"), false);
    String leaver = realm.newUser("leaver");
    realm.assign("user", leaver, profile, TestRealm.scopeAll());
    save(profile, Map.of("chat.handle", "all"), "new-only");
    int keptBefore = keptUsers(profile, 1);

    realm.admin().users().get(leaver).remove();

    assertThat(keptBefore).isEqualTo(1);
    assertThat(keptUsers(profile, 1)).isZero();
  }

  private String level(String username) {
    return ChatTokens.level(tokens.claim(username), "transcript.view", INBOX);
  }

  private JsonNode explain(String username) {
    return realm
        .get(
            "/users/"
                + realm.userId(username)
                + "/explain?permission=transcript.view&inbox="
                + INBOX)
        .json();
  }

  private int keptUsers(String roleId, int version) {
    JsonResponse response = realm.get("/roles/" + roleId + "/versions/" + version);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().get("keptUsers").asInt();
  }

  private void grantGroupRealmRole(String path, String role) {
    realm
        .admin()
        .groups()
        .group(realm.groupId(path))
        .roles()
        .realmLevel()
        .add(List.of(realm.admin().roles().get(role).toRepresentation()));
  }

  private void save(String roleId, Map<String, String> grants, String mode) {
    realm.saveRole(roleId, realm.get("/roles/" + roleId).json().get("key").asText(), grants, mode);
  }
}
