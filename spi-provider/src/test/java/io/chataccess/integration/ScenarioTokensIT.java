package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.ClientRepresentation;

/** The scenarios of DESIGN section 1, each in a realm of its own, read from real tokens. */
@ExtendWith(KeycloakServerExtension.class)
@DisplayName("Scenario tokens: what each kind of user finds in its chat claim")
class ScenarioTokensIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ORDER = List.of("none", "own", "department", "all");

  private final KeycloakHttp http;

  ScenarioTokensIT(KeycloakHttp http) {
    this.http = http;
  }

  /** A client "desk" with the realm's chat client scope as a default scope. */
  private static void desk(TestRealm realm) {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId("desk");
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setDefaultClientScopes(List.of("profile", "chat"));
    realm.admin().clients().create(client).close();
  }

  private JsonNode claim(TestRealm realm, String username) throws Exception {
    String jwt = http.passwordToken(realm.name(), "desk", username, username);
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])).get("chat");
  }

  private static String level(JsonNode chat, String permission, String inboxKey) {
    String level = chat.get("all").path(permission).asText("none");
    JsonNode index = chat.get("inboxes").get(inboxKey);
    if (index != null) {
      String own = chat.get("sets").get(index.asInt()).path(permission).asText("none");
      level = ORDER.indexOf(own) > ORDER.indexOf(level) ? own : level;
    }
    return level;
  }

  @Test
  @DisplayName(
      "Seat licenses: licensed web reps chat on web and in-app only; transcript viewers need no seat")
  void seat_licenses_gate_chat_rights() throws Exception {
    try (TestRealm realm = TestRealm.create(http, "sc-seats")) {
      desk(realm);
      realm.inbox("web", "web", null);
      realm.inbox("app", "in_app", null);
      realm.inbox("wa", "whatsapp", null);
      String seat = realm.license("enhanced-chat", 2, List.of("web", "in_app"));
      String rep =
          realm.role("rep", Map.of("chat.handle", "all", "conversation.view", "own"), true);
      realm.assign("realm-role", realm.realmRoleId("agent-role"), rep, TestRealm.scopeAll());
      realm.grantRealmRole("alice", "agent-role");
      realm.grantRealmRole("bob", "agent-role");
      realm.hold(seat, "alice");
      realm.assign(
          "user",
          realm.userId("carol"),
          realm.roleIdByKey("transcript-viewer"),
          TestRealm.scopeAll());

      JsonNode licensed = claim(realm, "alice");
      JsonNode unlicensed = claim(realm, "bob");
      JsonNode viewer = claim(realm, "carol");

      assertThat(licensed.get("licenses").get(0).asText()).isEqualTo("enhanced-chat");
      assertThat(level(licensed, "chat.handle", "web")).isEqualTo("all");
      assertThat(level(licensed, "chat.handle", "app")).isEqualTo("all");
      assertThat(level(licensed, "chat.handle", "wa")).isEqualTo("none");
      assertThat(level(unlicensed, "chat.handle", "web")).isEqualTo("none");
      assertThat(level(viewer, "transcript.view", "wa")).isEqualTo("all");
      assertThat(viewer.get("licenses")).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "Three tiers: administrator does everything, supervisor sees all and changes nothing, associate chats")
  void three_tiers() throws Exception {
    try (TestRealm realm = TestRealm.create(http, "sc-tiers")) {
      desk(realm);
      realm.put("/settings", Map.of("licensesRequired", false));
      realm.inbox("main", "web", null);
      String associate =
          realm.role(
              "associate",
              Map.of("chat.handle", "all", "conversation.view", "own", "canned.use", "all"),
              true);
      realm.assign(
          "user", realm.userId("alice"), realm.roleIdByKey("administrator"), TestRealm.scopeAll());
      realm.assign(
          "user", realm.userId("bob"), realm.roleIdByKey("supervisor"), TestRealm.scopeAll());
      realm.assign("user", realm.userId("carol"), associate, TestRealm.scopeAll());

      JsonNode admin = claim(realm, "alice");
      JsonNode supervisor = claim(realm, "bob");
      JsonNode associateClaim = claim(realm, "carol");

      assertThat(level(admin, "conversation.delete", "main")).isEqualTo("all");
      assertThat(level(admin, "settings.edit", "main")).isEqualTo("all");
      assertThat(level(supervisor, "conversation.view", "main")).isEqualTo("all");
      assertThat(level(supervisor, "statistics.view", "main")).isEqualTo("all");
      assertThat(level(supervisor, "conversation.edit", "main")).isEqualTo("none");
      assertThat(level(supervisor, "conversation.delete", "main")).isEqualTo("none");
      assertThat(level(associateClaim, "chat.handle", "main")).isEqualTo("all");
      assertThat(level(associateClaim, "conversation.view", "main")).isEqualTo("own");
      assertThat(level(associateClaim, "conversation.edit", "main")).isEqualTo("none");
      assertThat(level(associateClaim, "conversation.delete", "main")).isEqualTo("none");
    }
  }

  @Test
  @DisplayName(
      "Locations: chat-only agents on chosen inboxes, location agents on every present and future inbox")
  void locations_and_chosen_inboxes() throws Exception {
    try (TestRealm realm = TestRealm.create(http, "sc-locations")) {
      desk(realm);
      realm.put("/settings", Map.of("licensesRequired", false));
      String berlin = realm.location("berlin");
      String front = realm.inbox("berlin-front", "web", berlin);
      realm.inbox("berlin-back", "sms", berlin);
      realm.inbox("paris-front", "web", null);
      String agent = realm.roleIdByKey("agent");
      realm.assign("user", realm.userId("alice"), agent, TestRealm.scopeInboxes(front));
      realm.assign("user", realm.userId("bob"), agent, TestRealm.scopeNode(berlin));
      realm.assign(
          "user", realm.userId("carol"), realm.roleIdByKey("administrator"), TestRealm.scopeAll());

      JsonNode chosen = claim(realm, "alice");
      realm.inbox("berlin-new", "whatsapp", berlin);
      JsonNode location = claim(realm, "bob");
      JsonNode accountAdmin = claim(realm, "carol");

      assertThat(chosen.get("inboxes").size()).isEqualTo(1);
      assertThat(level(chosen, "chat.handle", "berlin-front")).isEqualTo("all");
      assertThat(level(chosen, "chat.handle", "berlin-back")).isEqualTo("none");
      assertThat(level(location, "chat.handle", "berlin-back")).isEqualTo("all");
      assertThat(level(location, "chat.handle", "berlin-new")).isEqualTo("all");
      assertThat(level(location, "chat.handle", "paris-front")).isEqualTo("none");
      assertThat(level(accountAdmin, "chat.handle", "paris-front")).isEqualTo("all");
      assertThat(accountAdmin.get("inboxes").size()).isZero();
    }
  }

  @Test
  @DisplayName(
      "Departments: per-permission levels, the highest of several roles wins, roles given to departments")
  void departments_and_access_levels() throws Exception {
    try (TestRealm realm = TestRealm.create(http, "sc-departments")) {
      desk(realm);
      realm.put("/settings", Map.of("departmentRootGroup", "/support", "licensesRequired", false));
      realm.joinGroup("alice", "/support/emea");
      realm.grantRealmRole("alice", "agent-role");
      realm.inbox("desk-1", "web", null);
      String lead =
          realm.role(
              "team-lead",
              Map.of("conversation.view", "department", "conversation.edit", "own"),
              false);
      String auditor =
          realm.role(
              "auditor",
              Map.of("conversation.view", "all", "statistics.view", "department"),
              false);
      realm.assign("group", realm.groupId("/support/emea"), lead, TestRealm.scopeAll());
      realm.assign("realm-role", realm.realmRoleId("agent-role"), auditor, TestRealm.scopeAll());

      JsonNode chat = claim(realm, "alice");

      assertThat(chat.get("departments").get(0).asText()).isEqualTo("emea");
      assertThat(level(chat, "conversation.view", "desk-1")).isEqualTo("all");
      assertThat(level(chat, "conversation.edit", "desk-1")).isEqualTo("own");
      assertThat(level(chat, "statistics.view", "desk-1")).isEqualTo("department");
    }
  }

  @Test
  @DisplayName(
      "Profiles: apply versus new-only, extra grants for one agent, a channel's box covers its sub-channels")
  void permission_profiles() throws Exception {
    try (TestRealm realm = TestRealm.create(http, "sc-profiles")) {
      desk(realm);
      realm.put("/settings", Map.of("licensesRequired", false));
      String channel = realm.inbox("wa-main", "whatsapp", null);
      realm.inbox("wa-main-vip", "whatsapp", channel);
      String profile = realm.role("profile", Map.of("chat.handle", "own"), true);
      realm.assign("user", realm.userId("alice"), profile, TestRealm.scopeNode(channel));
      http.call("PUT", realm.api("/roles/" + profile + "?mode=new-only"))
          .bearer(realm.managerToken())
          .json(Map.of("key", "profile", "name", "profile", "grants", Map.of("chat.handle", "all")))
          .send();
      realm.assign("user", realm.userId("bob"), profile, TestRealm.scopeNode(channel));
      realm.created(
          "/assignments",
          Map.of(
              "subject", Map.of("type", "user", "id", realm.userId("bob")),
              "grants", Map.of("conversation.transfer", "all"),
              "scope", Map.of("type", "all")));

      JsonNode existing = claim(realm, "alice");
      JsonNode newcomer = claim(realm, "bob");

      assertThat(level(existing, "chat.handle", "wa-main")).isEqualTo("own");
      assertThat(level(existing, "chat.handle", "wa-main-vip")).isEqualTo("own");
      assertThat(level(newcomer, "chat.handle", "wa-main-vip")).isEqualTo("all");
      assertThat(level(newcomer, "conversation.transfer", "wa-main")).isEqualTo("all");
      assertThat(level(existing, "conversation.transfer", "wa-main")).isEqualTo("none");

      http.call("PUT", realm.api("/roles/" + profile + "?mode=apply"))
          .bearer(realm.managerToken())
          .json(
              Map.of(
                  "key",
                  "profile",
                  "name",
                  "profile",
                  "grants",
                  Map.of("chat.handle", "department")))
          .send();

      assertThat(level(claim(realm, "alice"), "chat.handle", "wa-main")).isEqualTo("department");
    }
  }
}
