package io.chataccess.integration;

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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KeycloakServerExtension.class)
@DisplayName("The chat-access document: export, declarative import, dry run")
class DocumentIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeycloakHttp http;
  private TestRealm realm;

  DocumentIT(KeycloakHttp http) {
    this.http = http;
  }

  @BeforeEach
  void createRealm() {
    realm = TestRealm.create(http, "document");
  }

  @AfterEach
  void removeRealm() {
    realm.close();
  }

  /** A document in canonical form, using every kind of entry the format has. */
  private ObjectNode document() throws Exception {
    return (ObjectNode)
        JSON.readTree(
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
                {"clientRole": {"client": "crm", "role": "crm-user"}, "role": "rep",
                 "scope": {"inboxes": ["wa-berlin"]}},
                {"group": "/support/emea", "role": "rep", "scope": {"node": "berlin"}},
                {"realmRole": "senior", "grants": {"crm.export": "all"}, "source": "manual"},
                {"user": "alice", "role": "rep", "version": 1, "scope": {"node": "berlin"}},
                {"user": "bob", "role": "rep", "scope": {"node": "web-berlin"}}
              ]
            }
            """
                .formatted(realm.name()));
  }

  private JsonResponse importDocument(JsonNode document, boolean dryRun) {
    return realm.put("/document" + (dryRun ? "?dryRun=true" : ""), document);
  }

  private JsonNode exported() {
    JsonResponse response = realm.get("/document");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  @Test
  void an_import_is_exported_back_as_it_was_written() throws Exception {
    JsonResponse imported = importDocument(document(), false);

    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    assertThat(imported.json().get("changed").asBoolean()).isTrue();
    assertThat(exported()).isEqualTo(document());
  }

  @Test
  void the_imported_assignments_resolve_like_hand_made_ones() throws Exception {
    importDocument(document(), false);

    assertThat(realm.grantsIn("alice", "web-berlin")).containsEntry("chat.handle", "all");
    assertThat(realm.grantsIn("alice", "web-berlin")).doesNotContainKey("conversation.view");
    assertThat(realm.grantsIn("bob", "web-berlin-vip")).containsEntry("conversation.view", "own");
    assertThat(realm.grantsIn("bob", "wa-berlin")).isEmpty();
  }

  @Test
  void a_second_identical_import_changes_nothing_and_emits_no_event() throws Exception {
    importDocument(document(), false);
    long revision = realm.get("/settings").json().get("revision").asLong();
    int events = realm.admin().getAdminEvents().size();

    JsonResponse again = importDocument(document(), false);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("changed").asBoolean()).isFalse();
    assertThat(again.json().get("changes")).isEmpty();
    assertThat(realm.get("/settings").json().get("revision").asLong()).isEqualTo(revision);
    assertThat(realm.admin().getAdminEvents()).hasSize(events);
  }

  @Test
  void every_change_of_an_import_is_an_admin_event() throws Exception {
    JsonResponse imported = importDocument(document(), false);

    List<String> events = new ArrayList<>();
    realm
        .admin()
        .getAdminEvents()
        .forEach(e -> events.add(e.getOperationType() + " " + e.getResourcePath()));
    assertThat(events)
        .contains(
            "CREATE chat-access/document/inbox/web-berlin-vip",
            "CREATE chat-access/document/license-holder/chat-seat: alice",
            "CREATE chat-access/document/role/rep",
            "CREATE chat-access/document/assignment/user alice: rep on berlin");
    assertThat(events.stream().filter(e -> e.contains("/document/")))
        .hasSize(imported.json().get("changes").size());
  }

  @Test
  void a_dry_run_lists_the_changes_and_keeps_nothing() throws Exception {
    importDocument(document(), false);
    ObjectNode changed = document();
    ((ArrayNode) changed.get("licenses").get(0).get("holders")).remove(1);
    ((ObjectNode) changed.get("inboxes").get(0)).put("name", "Berlin Mitte");
    ((ArrayNode) changed.get("assignments")).remove(4);

    JsonResponse dryRun = importDocument(changed, true);

    assertThat(dryRun.status()).as("%s", dryRun).isEqualTo(200);
    assertThat(dryRun.json().get("dryRun").asBoolean()).isTrue();
    assertThat(changeList(dryRun))
        .containsExactlyInAnyOrder(
            "UPDATE CHAT_ACCESS_INBOX berlin",
            "DELETE CHAT_ACCESS_LICENSE_HOLDER chat-seat: bob",
            "DELETE CHAT_ACCESS_ASSIGNMENT user bob: rep on web-berlin");
    assertThat(exported()).isEqualTo(document());

    JsonResponse real = importDocument(changed, false);
    assertThat(changeList(real)).isEqualTo(changeList(dryRun));
    assertThat(exported()).isEqualTo(changed);
  }

  @Test
  void a_broken_document_lists_every_error_and_changes_nothing() throws Exception {
    importDocument(document(), false);
    ObjectNode broken = document();
    ((ArrayNode) broken.get("licenses").get(0).get("holders")).add("nobody-here");
    ((ObjectNode) broken.get("assignments").get(3)).put("role", "no-such-role");
    ((ObjectNode) broken.get("assignments").get(4)).putObject("scope").put("node", "atlantis");
    ((ArrayNode) broken.get("inboxes")).addObject().put("key", "x").put("type", "location");

    JsonResponse rejected = importDocument(broken, false);

    assertThat(rejected.status()).as("%s", rejected).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    rejected.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("$.inboxes[1].name");
    assertThat(exported()).isEqualTo(document());

    ((ObjectNode) broken.get("inboxes").get(1)).put("name", "X");
    JsonResponse stillRejected = importDocument(broken, false);
    fields.clear();
    stillRejected.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(stillRejected.status()).isEqualTo(400);
    assertThat(fields)
        .contains(
            "$.licenses[0].holders[2]", "$.assignments[3].role", "$.assignments[4].scope.node");
    assertThat(exported()).isEqualTo(document());
  }

  @Test
  void an_absent_section_is_left_as_it_is_and_an_empty_one_empties() throws Exception {
    importDocument(document(), false);
    ObjectNode onlyInboxes = JSON.createObjectNode().put("format", 1);
    onlyInboxes.set("inboxes", document().get("inboxes"));
    onlyInboxes.putArray("licenses");

    JsonResponse response = importDocument(onlyInboxes, false);

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode after = exported();
    assertThat(after.get("licenses")).isEmpty();
    assertThat(after.get("roles")).isEqualTo(document().get("roles"));
    assertThat(after.get("assignments")).isEqualTo(document().get("assignments"));
  }

  @Test
  void new_role_versions_are_appended_and_a_rewritten_history_replaces_the_role() throws Exception {
    importDocument(document(), false);
    String roleId = realm.roleIdByKey("rep");
    ObjectNode appended = document();
    ArrayNode versions = (ArrayNode) appended.get("roles").get(0).get("versions");
    versions
        .addObject()
        .put("version", 3)
        .put("requiresLicense", true)
        .put("saveMode", "apply")
        .set("grants", JSON.valueToTree(Map.of("chat.handle", "all", "conversation.view", "all")));

    importDocument(appended, false);

    assertThat(realm.roleIdByKey("rep")).isEqualTo(roleId);
    assertThat(realm.get("/roles/" + roleId + "/versions").json()).hasSize(3);
    assertThat(realm.grantsIn("bob", "web-berlin")).containsEntry("conversation.view", "all");
    assertThat(realm.grantsIn("alice", "web-berlin")).doesNotContainKey("conversation.view");

    ObjectNode rewritten = document();
    ((ObjectNode) rewritten.get("roles").get(0).get("versions").get(0))
        .set("grants", JSON.valueToTree(Map.of("chat.handle", "own")));
    JsonResponse replaced = importDocument(rewritten, false);

    assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
    assertThat(realm.roleIdByKey("rep")).isNotEqualTo(roleId);
    assertThat(exported()).isEqualTo(rewritten);
    assertThat(realm.grantsIn("alice", "web-berlin")).containsEntry("chat.handle", "own");
  }

  @Test
  void a_document_for_another_realm_or_format_is_refused() throws Exception {
    ObjectNode otherRealm = document().put("realm", "someone-else");
    ObjectNode otherFormat = document().put("format", 2);

    assertThat(importDocument(otherRealm, false).status()).isEqualTo(400);
    JsonResponse format = importDocument(otherFormat, false);
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.body()).contains("$.format");
    assertThat(exported().get("inboxes")).isEmpty();
  }

  @Test
  void a_view_only_admin_exports_but_cannot_import() throws Exception {
    String viewer = http.passwordToken(realm.name(), "admin-cli", "viewer", "viewer");

    assertThat(http.get(realm.api("/document"), viewer).status()).isEqualTo(200);
    assertThat(http.put(realm.api("/document"), viewer, document()).status()).isEqualTo(403);
    assertThat(http.put(realm.api("/document"), null, document()).status()).isEqualTo(401);
  }

  private static List<String> changeList(JsonResponse response) {
    List<String> changes = new ArrayList<>();
    response
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
}
