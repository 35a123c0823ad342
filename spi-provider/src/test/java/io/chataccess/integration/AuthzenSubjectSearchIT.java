package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subject search over every way a user reaches an assignment, on a hand-built realm whose answer is
 * known: a group and its subgroup, a realm role directly and through a composite, a client role
 * through a group, a user's own assignment beside team mates who share everything else (their
 * resolution is shared, the own assignment must not be), a suspension, and service accounts.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("AuthZEN subject search: every way to an assignment, team mates and own assignments")
class AuthzenSubjectSearchIT {

  private final KeycloakHttp http;
  private TestRealm realm;
  private String pep;

  AuthzenSubjectSearchIT(KeycloakHttp http) {
    this.http = http;
  }

  @BeforeAll
  void build() {
    realm = TestRealm.create(http, "subject-search");
    String emea = realm.location("emea");
    realm.inbox("web-1", "web", emea);
    realm.inbox("web-2", "web", emea);
    String web3 = realm.inbox("web-3", "web", emea);
    String handle = realm.role("handle", Map.of("chat.handle", "all"), false);
    String view = realm.role("view", Map.of("transcript.view", "all"), false);
    String stats = realm.role("stats", Map.of("statistics.view", "all"), false);
    // alice, bob, carol: team mates in /support/emea with equal inputs; bob has his own assignment
    for (String person : List.of("alice", "bob", "carol")) {
      realm.joinGroup(person, "/support/emea");
    }
    realm.assign("group", realm.groupId("/support"), handle, TestRealm.scopeNode(emea));
    realm.assign("user", realm.userId("bob"), view, TestRealm.scopeInboxes(web3));
    // dave: agent-role through the composite senior; erin: agent-role directly
    realm.grantRealmRole("dave", "senior");
    realm.grantRealmRole("erin", "agent-role");
    realm.assign("realm-role", realm.realmRoleId("agent-role"), view, TestRealm.scopeAll());
    // frank: crm-user through /sales
    realm.joinGroup("frank", "/sales");
    var crm = realm.admin().clients().findByClientId("crm").get(0);
    var crmUser = realm.admin().clients().get(crm.getId()).roles().get("crm-user");
    realm
        .admin()
        .groups()
        .group(realm.groupId("/sales"))
        .roles()
        .clientLevel(crm.getId())
        .add(List.of(crmUser.toRepresentation()));
    realm.assign("client-role", realm.clientRoleId("crm", "crm-user"), stats, TestRealm.scopeAll());
    // the router's service account holds crm-user directly
    pep = realm.serviceAccountToken("router", true);
    String router = realm.userId("service-account-router");
    realm
        .admin()
        .users()
        .get(router)
        .roles()
        .clientLevel(crm.getId())
        .add(List.of(crmUser.toRepresentation()));
    // carol is suspended: her team's grants no longer reach her
    realm.put(
        "/users/" + realm.userId("carol") + "/suspension",
        Map.of("suspended", true, "reason", "test"));
  }

  @AfterAll
  void close() {
    if (realm != null) {
      realm.close();
    }
  }

  @Test
  @DisplayName("a group's grant reaches its subgroup's members, not a suspended one")
  void group_and_subgroup_members() {
    assertThat(users("chat.handle", "web-3")).containsExactlyInAnyOrder("alice", "bob");
  }

  @Test
  @DisplayName("a user's own assignment is not shared with team mates of equal memberships")
  void own_assignment_is_the_users_only() {
    assertThat(users("transcript.view", "web-3")).containsExactlyInAnyOrder("bob", "dave", "erin");
    assertThat(users("transcript.view", "web-1")).containsExactlyInAnyOrder("dave", "erin");
  }

  @Test
  @DisplayName("a client role through a group, and service accounts only when clients are asked")
  void client_role_through_a_group_and_service_accounts() {
    assertThat(users("statistics.view", "web-2")).containsExactly("frank");
    assertThat(search("client", "statistics.view", "web-2")).containsExactly("router");
    assertThat(search("client", "chat.handle", "web-2")).isEmpty();
  }

  private Set<String> users(String permission, String inbox) {
    Set<String> usernames = new TreeSet<>();
    for (String id : search("user", permission, inbox)) {
      usernames.add(realm.admin().users().get(id).toRepresentation().getUsername());
    }
    return usernames;
  }

  private List<String> search(String type, String permission, String inbox) {
    ObjectNode search = JsonNodeFactory.instance.objectNode();
    search.putObject("subject").put("type", type);
    search.putObject("action").put("name", permission);
    search.putObject("resource").put("type", "inbox").put("id", inbox);
    JsonResponse answer =
        http.call(
                "POST", "/realms/" + realm.name() + "/chat-access/authzen/access/v1/search/subject")
            .bearer(pep)
            .json(search)
            .send();
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    JsonNode results = answer.json().get("results");
    return results.findValuesAsText("id");
  }
}
