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
@DisplayName("Inbox tree: /chat-access/inboxes")
class InboxesIT {

  private TestRealm realm;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    realm = TestRealm.create(http, "inboxes");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  void a_location_an_inbox_and_a_sub_inbox_nest_and_carry_their_path() {
    String berlin = realm.location("berlin");
    String wa = realm.inbox("wa-berlin", "whatsapp", berlin);
    String vip = realm.inbox("wa-berlin-vip", "whatsapp", wa);

    JsonNode node = realm.get("/inboxes/" + vip).json();

    assertThat(node.get("parentId").asText()).isEqualTo(wa);
    assertThat(node.get("type").asText()).isEqualTo("inbox");
    assertThat(node.get("channel").asText()).isEqualTo("whatsapp");
    assertThat(keys(node.get("path"))).containsExactly("berlin", "wa-berlin", "wa-berlin-vip");
    assertThat(keys(realm.get("/inboxes?parentId=" + berlin).json(), "key"))
        .containsExactly("wa-berlin");
  }

  @Test
  void create_read_rename_move_and_delete() {
    String paris = realm.location("paris");
    String lyon = realm.location("lyon");
    JsonResponse created =
        realm.post(
            "/inboxes",
            Map.of(
                "key", "web-paris",
                "name", "Web Paris",
                "type", "inbox",
                "channel", "web",
                "parentId", paris,
                "attributes", Map.of("queue", "fr-1")));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location").orElse(""))
        .endsWith("/inboxes/" + created.json().get("id").asText());
    String id = created.json().get("id").asText();

    JsonResponse moved =
        realm.put(
            "/inboxes/" + id,
            Map.of(
                "key", "web-lyon",
                "name", "Web Lyon",
                "type", "inbox",
                "channel", "web",
                "parentId", lyon,
                "attributes", Map.of("queue", "fr-2")));

    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    JsonNode read = realm.get("/inboxes/" + id).json();
    assertThat(read.get("name").asText()).isEqualTo("Web Lyon");
    assertThat(read.get("parentId").asText()).isEqualTo(lyon);
    assertThat(read.get("attributes").get("queue").asText()).isEqualTo("fr-2");
    assertThat(keys(read.get("path"))).containsExactly("lyon", "web-lyon");

    assertThat(realm.delete("/inboxes/" + id).status()).isEqualTo(204);
    assertProblem(realm.get("/inboxes/" + id), 404);
  }

  @Test
  void an_inbox_needs_a_channel_and_a_location_has_none() {
    assertInvalid(
        realm.post("/inboxes", Map.of("key", "no-channel", "name", "x", "type", "inbox")),
        "channel");
    assertInvalid(
        realm.post(
            "/inboxes",
            Map.of("key", "loc-channel", "name", "x", "type", "location", "channel", "web")),
        "channel");
    assertInvalid(
        realm.post(
            "/inboxes",
            Map.of("key", "bad-channel", "name", "x", "type", "inbox", "channel", "fax")),
        "channel");
  }

  @Test
  void custom_channels_are_accepted() {
    String id = realm.inbox("kiosk-1", "custom:kiosk", null);

    assertThat(realm.get("/inboxes/" + id).json().get("channel").asText())
        .isEqualTo("custom:kiosk");
  }

  @Test
  void a_duplicate_key_is_a_conflict() {
    realm.location("dup-key");

    assertProblem(
        realm.post("/inboxes", Map.of("key", "dup-key", "name", "x", "type", "location")), 409);
  }

  @Test
  void a_location_cannot_sit_under_an_inbox() {
    String inbox = realm.inbox("host-inbox", "sms", null);

    assertInvalid(
        realm.post(
            "/inboxes",
            Map.of("key", "bad-loc", "name", "x", "type", "location", "parentId", inbox)),
        "parentId");
  }

  @Test
  void a_node_cannot_move_below_itself() {
    String top = realm.location("top");
    String middle = realm.location("middle", top);

    JsonResponse response =
        realm.put(
            "/inboxes/" + top,
            Map.of("key", "top", "name", "top", "type", "location", "parentId", middle));

    assertInvalid(response, "parentId");
    assertThat(realm.get("/inboxes/" + top).json().get("parentId").isNull()).isTrue();
  }

  @Test
  void the_type_of_a_node_cannot_change() {
    String id = realm.location("fixed-type");

    assertInvalid(
        realm.put(
            "/inboxes/" + id,
            Map.of("key", "fixed-type", "name", "x", "type", "inbox", "channel", "web")),
        "type");
  }

  @Test
  void
      deleting_a_node_with_children_needs_cascade_and_then_removes_the_subtree_and_its_assignments() {
    String region = realm.location("region");
    String child = realm.inbox("region-web", "web", region);
    String grandchild = realm.inbox("region-web-sub", "web", child);
    String listed = realm.inbox("elsewhere", "web", null);
    String agent = realm.roleIdByKey("agent");
    String scoped = realm.assign("user", realm.userId("alice"), agent, TestRealm.scopeNode(region));
    String listing =
        realm.assign("user", realm.userId("bob"), agent, TestRealm.scopeInboxes(child, listed));

    assertProblem(realm.delete("/inboxes/" + region), 409);
    assertThat(realm.get("/inboxes/" + child).status()).isEqualTo(200);

    assertThat(realm.delete("/inboxes/" + region + "?cascade=true").status()).isEqualTo(204);

    for (String gone : List.of(region, child, grandchild)) {
      assertProblem(realm.get("/inboxes/" + gone), 404);
    }
    assertProblem(realm.get("/assignments/" + scoped), 404);
    JsonNode remaining = realm.get("/assignments/" + listing).json();
    assertThat(keys(remaining.get("scope").get("inboxIds"))).containsExactly(listed);
  }

  @Test
  void an_unknown_parent_is_rejected() {
    assertInvalid(
        realm.post(
            "/inboxes",
            Map.of("key", "orphan", "name", "x", "type", "location", "parentId", "nope")),
        "parentId");
  }

  private static List<String> keys(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<String> keys(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.get(field).asText()));
    return values;
  }
}
