package io.chataccess.integration;

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

/**
 * Given dave, a plain user of the realm holding access.manage on the Berlin location only: he
 * administers user assignments in Berlin, and nothing else.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Delegated chat administration")
class DelegatedAdminIT {

  private KeycloakHttp http;
  private TestRealm realm;
  private String berlin;
  private String paris;
  private String webBerlin;
  private String webParis;
  private String desk;
  private String manager;
  private String dave;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "delegation");
    berlin = realm.location("berlin");
    paris = realm.location("paris");
    webBerlin = realm.inbox("web-berlin", "web", berlin);
    webParis = realm.inbox("web-paris", "web", paris);
    desk = realm.role("desk", Map.of("chat.handle", "own"), false);
    manager = realm.role("location-manager", Map.of("access.manage", "all"), false);
    realm.assign("user", realm.userId("dave"), manager, TestRealm.scopeNode(berlin));
    dave = realm.token("dave");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  private JsonResponse assignAsDave(
      String subjectType, String subjectId, String roleId, Map<String, Object> scope) {
    return http.post(
        realm.api("/assignments"),
        dave,
        Map.of(
            "subject", Map.of("type", subjectType, "id", subjectId),
            "roleId", roleId,
            "scope", scope));
  }

  @Test
  @DisplayName("he assigns a user a role in Berlin, and the user gets it there")
  void assigns_inside_his_location() {
    JsonResponse created =
        assignAsDave("user", realm.userId("alice"), desk, TestRealm.scopeNode(berlin));
    JsonResponse onInbox =
        assignAsDave("user", realm.userId("bob"), desk, TestRealm.scopeInboxes(webBerlin));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(onInbox.status()).as("%s", onInbox).isEqualTo(201);
    JsonNode effective = realm.get("/users/" + realm.userId("alice") + "/effective").json();
    assertThat(effective.get("inboxes").get(0).get("key").asText()).isEqualTo("web-berlin");
    assertThat(
            http.delete(realm.api("/assignments/" + created.json().get("id").asText()), dave)
                .status())
        .isEqualTo(204);
  }

  @Test
  @DisplayName("he cannot reach beyond Berlin, assign groups, or hand on access.manage")
  void cannot_reach_beyond_his_delegation() {
    String before = realm.get("/document").body();

    List<Integer> statuses = new ArrayList<>();
    statuses.add(
        assignAsDave("user", realm.userId("carol"), desk, TestRealm.scopeNode(paris)).status());
    statuses.add(assignAsDave("user", realm.userId("carol"), desk, TestRealm.scopeAll()).status());
    statuses.add(
        assignAsDave("group", realm.groupId("/support"), desk, TestRealm.scopeNode(berlin))
            .status());
    statuses.add(
        assignAsDave("user", realm.userId("carol"), manager, TestRealm.scopeNode(berlin)).status());

    assertThat(statuses).containsOnly(403);
    assertThat(realm.get("/document").body()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "a manager of one inbox assigns that inbox, but never a node scope on it, which would reach"
          + " its sub-inboxes, present and future")
  void an_inbox_delegation_gives_no_node_scope() {
    realm.assign("user", realm.userId("grace"), manager, TestRealm.scopeInboxes(webParis));
    String grace = realm.token("grace");
    String before = realm.get("/document").body();

    JsonResponse nodeScope =
        http.post(
            realm.api("/assignments"),
            grace,
            Map.of(
                "subject", Map.of("type", "user", "id", realm.userId("frank")),
                "roleId", desk,
                "scope", TestRealm.scopeNode(webParis)));

    assertThat(nodeScope.status()).as("%s", nodeScope).isEqualTo(403);
    assertThat(realm.get("/document").body()).isEqualTo(before);
    JsonResponse listed =
        http.post(
            realm.api("/assignments"),
            grace,
            Map.of(
                "subject", Map.of("type", "user", "id", realm.userId("frank")),
                "roleId", desk,
                "scope", TestRealm.scopeInboxes(webParis)));
    assertThat(listed.status()).as("%s", listed).isEqualTo(201);
  }

  @Test
  @DisplayName("he sees and removes only assignments inside Berlin")
  void sees_and_removes_only_his_area() {
    String inParis = realm.assign("user", realm.userId("erin"), desk, TestRealm.scopeNode(paris));

    List<String> visible = new ArrayList<>();
    http.get(realm.api("/assignments"), dave)
        .json()
        .forEach(a -> visible.add(a.get("scope").toString()));

    assertThat(visible).isNotEmpty().noneMatch(scope -> scope.contains(paris));
    assertThat(http.get(realm.api("/assignments/" + inParis), dave).status()).isEqualTo(404);
    assertThat(http.delete(realm.api("/assignments/" + inParis), dave).status()).isEqualTo(403);
    assertThat(realm.get("/assignments/" + inParis).status()).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "he reads the tree, roles and catalog, and nothing else of the realm's configuration")
  void reads_what_he_needs_to_pick() {
    assertThat(http.get(realm.api("/inboxes"), dave).status()).isEqualTo(200);
    assertThat(http.get(realm.api("/roles"), dave).status()).isEqualTo(200);
    assertThat(http.get(realm.api("/permissions"), dave).status()).isEqualTo(200);
    assertThat(http.get(realm.api("/licenses"), dave).status()).isEqualTo(403);
    assertThat(http.get(realm.api("/settings"), dave).status()).isEqualTo(403);
    assertThat(http.get(realm.api("/document"), dave).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("without access.manage a plain user still gets 403 everywhere")
  void a_plain_user_is_no_delegate() {
    JsonResponse refused =
        http.post(
            realm.api("/assignments"),
            realm.token("bob"),
            Map.of(
                "subject", Map.of("type", "user", "id", realm.userId("bob")),
                "roleId", desk,
                "scope", TestRealm.scopeNode(berlin)));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(http.get(realm.api("/inboxes"), realm.token("bob")).status()).isEqualTo(403);
  }
}
