package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KeycloakServerExtension.class)
@DisplayName("The document's merge import: the items given, and every other item left alone")
class DocumentMergeIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeycloakHttp http;
  private TestRealm realm;

  DocumentMergeIT(KeycloakHttp http) {
    this.http = http;
  }

  @BeforeEach
  void createRealm() throws Exception {
    realm = TestRealm.create(http, "merge");
    JsonResponse imported = realm.put("/document", base());
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
  }

  @AfterEach
  void removeRealm() {
    realm.close();
  }

  private ObjectNode base() throws Exception {
    return json(
        """
        {
          "format": 1,
          "realm": "%s",
          "settings": {"licensesRequired": true, "departmentRootGroup": "/support"},
          "permissions": [{"key": "crm.export", "kind": "boolean", "description": "Export"}],
          "inboxes": [
            {"key": "berlin", "type": "location", "name": "Berlin", "children": [
              {"key": "wa-berlin", "type": "inbox", "name": "WhatsApp Berlin", "channel": "whatsapp"},
              {"key": "web-berlin", "type": "inbox", "name": "Web Berlin", "channel": "web",
               "attributes": {"timezone": "Europe/Berlin"}, "children": [
                {"key": "web-berlin-vip", "type": "inbox", "name": "VIP", "channel": "web"}
              ]}
            ]}
          ],
          "licenses": [
            {"key": "chat-seat", "name": "Chat seat", "seats": 3, "channels": ["web", "whatsapp"],
             "holders": ["alice", "bob"]}
          ],
          "roles": [
            {"key": "rep", "name": "Rep", "description": "Answers chats", "versions": [
              {"version": 1, "requiresLicense": true, "grants": {"chat.handle": "all"}},
              {"version": 2, "requiresLicense": true, "saveMode": "new-only",
               "grants": {"chat.handle": "all", "conversation.view": "own"}}
            ]}
          ],
          "assignments": [
            {"group": "/support/emea", "role": "rep", "scope": {"node": "berlin"}},
            {"user": "alice", "role": "rep", "version": 1, "scope": {"node": "berlin"}},
            {"user": "bob", "role": "rep", "scope": {"node": "web-berlin"}}
          ]
        }
        """
            .formatted(realm.name()));
  }

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JSON.readTree(text);
  }

  private JsonResponse merge(JsonNode document, boolean dryRun) {
    return realm.put("/document?mode=merge" + (dryRun ? "&dryRun=true" : ""), document);
  }

  private JsonNode exported() {
    JsonResponse response = realm.get("/document");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static List<String> changes(JsonResponse answer) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    List<String> changes = new ArrayList<>();
    answer
        .json()
        .get("changes")
        .forEach(
            c ->
                changes.add(
                    c.get("operation").asText()
                        + " "
                        + c.get("type").asText()
                        + " "
                        + c.get("key").asText()));
    return changes;
  }

  private static ObjectNode child(JsonNode parent, int index) {
    return (ObjectNode) parent.get("children").get(index);
  }

  private static final String SMALL_CHANGES =
      """
      {
        "format": 1,
        "settings": {"licensesRequired": false},
        "permissions": [{"key": "crm.call", "kind": "boolean"}],
        "inboxes": [{"key": "web-berlin", "name": "Web chat Berlin",
                     "attributes": {"queue": "b2c"},
                     "children": [{"key": "web-berlin-b2b", "type": "inbox", "name": "B2B",
                                   "channel": "web"}]}],
        "licenses": [{"key": "chat-seat", "seats": 5}]
      }
      """;

  @Test
  void given_items_are_merged_by_key_and_the_rest_stays_as_it_was() throws Exception {
    JsonResponse answer = merge(json(SMALL_CHANGES), false);

    assertThat(changes(answer))
        .containsExactlyInAnyOrder(
            "UPDATE CHAT_ACCESS_SETTINGS settings",
            "CREATE CHAT_ACCESS_PERMISSION crm.call",
            "UPDATE CHAT_ACCESS_INBOX web-berlin",
            "CREATE CHAT_ACCESS_INBOX web-berlin-b2b",
            "UPDATE CHAT_ACCESS_LICENSE chat-seat");
    ObjectNode expected = base();
    ((ObjectNode) expected.get("settings")).put("licensesRequired", false);
    ((ArrayNode) expected.get("permissions"))
        .insert(0, json("{\"key\": \"crm.call\", \"kind\": \"boolean\"}"));
    ObjectNode web = child(expected.get("inboxes").get(0), 1);
    web.put("name", "Web chat Berlin");
    ((ObjectNode) web.get("attributes")).put("queue", "b2c");
    ((ArrayNode) web.get("children"))
        .insert(
            0,
            json(
                "{\"key\": \"web-berlin-b2b\", \"type\": \"inbox\", \"name\": \"B2B\","
                    + " \"channel\": \"web\"}"));
    ((ObjectNode) expected.get("licenses").get(0)).put("seats", 5);
    assertThat(exported()).isEqualTo(expected);
  }

  @Test
  void a_dry_run_answers_the_same_changes_and_keeps_nothing() throws Exception {
    JsonNode before = exported();

    List<String> dry = changes(merge(json(SMALL_CHANGES), true));

    assertThat(exported()).isEqualTo(before);
    assertThat(dry).hasSize(5);
    assertThat(changes(merge(json(SMALL_CHANGES), false))).isEqualTo(dry);
    assertThat(changes(merge(json(SMALL_CHANGES), false))).isEmpty();
  }

  @Test
  void a_given_assignment_is_added_once_and_a_stored_twin_is_not_stored_again() throws Exception {
    ObjectNode document =
        json(
            """
            {"format": 1,
             "licenses": [{"key": "chat-seat", "holders": ["alice", "bob", "carol"]}],
             "assignments": [
              {"user": "BOB", "role": "rep", "scope": {"node": "web-berlin"}},
              {"user": "carol", "role": "rep", "scope": {"nodes": ["web-berlin", "wa-berlin"]}}
            ]}
            """);

    assertThat(changes(merge(document, false)))
        .hasSize(2)
        .contains("CREATE CHAT_ACCESS_LICENSE_HOLDER chat-seat: carol")
        .anyMatch(change -> change.startsWith("CREATE CHAT_ACCESS_ASSIGNMENT user carol"));
    assertThat(exported().get("assignments")).hasSize(4);
    assertThat(changes(merge(document, false))).isEmpty();
    assertThat(realm.grantsIn("carol", "wa-berlin")).containsEntry("chat.handle", "all");
  }

  @Test
  void a_role_given_with_one_version_gets_it_added_and_keeps_history_and_assignments()
      throws Exception {
    ObjectNode document =
        json(
            """
            {"format": 1, "roles": [{"key": "rep", "versions": [
              {"requiresLicense": true, "grants": {"chat.handle": "all", "conversation.transfer": "all"}}
            ]}]}
            """);

    assertThat(changes(merge(document, false))).containsExactly("UPDATE CHAT_ACCESS_ROLE rep");
    JsonNode role = exported().get("roles").get(0);
    assertThat(role.get("name").asText()).isEqualTo("Rep");
    assertThat(role.get("versions")).hasSize(3);
    assertThat(role.get("versions").get(2).get("grants").get("conversation.transfer").asText())
        .isEqualTo("all");
    assertThat(exported().get("assignments")).isEqualTo(base().get("assignments"));
    assertThat(realm.grantsIn("bob", "web-berlin")).containsEntry("conversation.transfer", "all");
    assertThat(changes(merge(document, false))).isEmpty();
  }

  @Test
  void a_top_level_node_goes_below_the_parent_it_names() throws Exception {
    ObjectNode document =
        json(
            """
            {"format": 1, "inboxes": [
              {"key": "hamburg", "type": "location", "name": "Hamburg"},
              {"key": "web-berlin-vip", "parent": "hamburg"}
            ]}
            """);

    assertThat(changes(merge(document, false)))
        .containsExactlyInAnyOrder(
            "CREATE CHAT_ACCESS_INBOX hamburg", "UPDATE CHAT_ACCESS_INBOX web-berlin-vip");
    JsonNode tree = exported().get("inboxes");
    assertThat(tree).hasSize(2);
    assertThat(tree.get(1).get("key").asText()).isEqualTo("hamburg");
    assertThat(child(tree.get(1), 0).get("key").asText()).isEqualTo("web-berlin-vip");
    assertThat(child(tree.get(1), 0).get("name").asText()).isEqualTo("VIP");
    assertThat(child(tree.get(0), 1).has("children")).isFalse();
  }

  @Test
  void errors_name_the_place_in_the_given_document_and_nothing_changes() throws Exception {
    JsonNode before = exported();
    ObjectNode document =
        json(
            """
            {"format": 1,
             "inboxes": [{"key": "berlin", "children": [
               {"key": "web-berlin-new", "type": "inbox", "name": "New", "channel": "fax"}]}],
             "licenses": [{"key": "chat-seat", "seats": 1}]}
            """);

    List<String> fields = assertProblem(merge(document, false), 400);

    assertThat(fields)
        .containsExactlyInAnyOrder("$.inboxes[0].children[0].channel", "$.licenses[0].holders");
    assertThat(exported()).isEqualTo(before);
  }

  @Test
  void a_parent_that_is_missing_or_below_the_node_is_refused() throws Exception {
    ObjectNode document =
        json(
            """
            {"format": 1, "inboxes": [
              {"key": "new-inbox", "type": "inbox", "name": "New", "channel": "web",
               "parent": "nowhere"},
              {"key": "berlin", "parent": "web-berlin-vip"}
            ]}
            """);

    assertThat(assertProblem(merge(document, false), 400))
        .containsExactlyInAnyOrder("$.inboxes[0].parent", "$.inboxes[1].parent");
    assertThat(assertProblem(realm.put("/document?mode=upsert", document), 400))
        .containsExactly("mode");
  }
}
