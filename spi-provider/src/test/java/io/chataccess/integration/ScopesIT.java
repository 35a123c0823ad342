package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Scopes a script can write: several nodes with everything below each (a permission profile's
 * channel boxes as one assignment), and nodes and inboxes named by key beside ids.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Assignment scopes: several nodes, nodes and inboxes by key")
class ScopesIT {

  private TestRealm realm;
  private ChatTokens tokens;
  private String emea;
  private String apac;
  private String americas;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    realm = TestRealm.create(http, "scopes");
    emea = realm.location("emea");
    apac = realm.location("apac");
    americas = realm.location("americas");
    realm.inbox("emea-web", "web", emea);
    realm.inbox("apac-sms", "sms", apac);
    realm.inbox("am-web", "web", americas);
    realm.role("profile", Map.of("chat.handle", "all"), false);
    tokens = ChatTokens.client(http, realm, "scopes-app");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  private JsonResponse assign(String username, Map<String, Object> scope) {
    return realm.post(
        "/assignments",
        Map.of(
            "subject",
            Map.of("type", "user", "name", username),
            "roleKey",
            "profile",
            "scope",
            scope));
  }

  @Test
  @DisplayName("a nodes scope reaches each node's subtree, present and future, in a real token")
  void several_nodes_reach_each_subtree() {
    JsonResponse created =
        assign("alice", Map.of("type", "nodes", "nodeKeys", List.of("emea", "apac")));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode scope = created.json().get("scope");
    assertThat(scope.get("type").asText()).isEqualTo("nodes");
    List<String> ids = texts(scope.get("nodeIds"));
    assertThat(ids).containsExactlyInAnyOrder(emea, apac).isSorted();
    List<String> expectedKeys = ids.stream().map(id -> id.equals(emea) ? "emea" : "apac").toList();
    assertThat(texts(scope.get("nodeKeys"))).isEqualTo(expectedKeys);

    String later = realm.inbox("emea-later", "web", emea);
    assertThat(realm.grantsIn("alice", "emea-web")).containsEntry("chat.handle", "all");
    assertThat(realm.grantsIn("alice", "apac-sms")).containsEntry("chat.handle", "all");
    assertThat(realm.grantsIn("alice", "emea-later")).containsEntry("chat.handle", "all");
    assertThat(realm.grantsIn("alice", "am-web")).isEmpty();
    JsonNode claim = tokens.claim("alice");
    assertThat(claim.path("inboxes").has("emea-web")).as(claim.toString()).isTrue();
    assertThat(claim.path("inboxes").has("apac-sms")).as(claim.toString()).isTrue();
    assertThat(claim.path("inboxes").has("am-web")).as(claim.toString()).isFalse();
    assertThat(realm.delete("/inboxes/" + later).status()).isEqualTo(204);
  }

  @Test
  @DisplayName(
      "a node below another node of the same scope counts once, and an answer sent back is taken")
  void nested_nodes_and_an_answer_sent_back() {
    String north = realm.location("emea-north", emea);
    realm.inbox("north-web", "web", north);
    JsonNode created =
        realm.created(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "name", "bob"),
                "roleKey",
                "profile",
                "scope",
                Map.of("type", "nodes", "nodeIds", List.of(emea, north))));
    assertThat(realm.grantsIn("bob", "north-web")).containsEntry("chat.handle", "all");
    JsonNode explained =
        realm
            .get(
                "/users/" + realm.userId("bob") + "/explain?permission=chat.handle&inbox=north-web")
            .json();
    assertThat(explained.toString()).contains("nodes emea, emea/emea-north");

    Map<String, Object> sentBack = new java.util.HashMap<>();
    sentBack.put("roleKey", "profile");
    sentBack.put("scope", created.get("scope"));
    JsonResponse put = realm.put("/assignments/" + created.get("id").asText(), sentBack);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(put.json().get("scope")).isEqualTo(created.get("scope"));
  }

  @Test
  @DisplayName("node and inboxes by key; ids beside keys must name the same nodes")
  void node_and_inboxes_by_key() {
    JsonResponse node = assign("carol", Map.of("type", "node", "nodeKey", "americas"));
    assertThat(node.status()).as(node.toString()).isEqualTo(201);
    assertThat(node.json().get("scope").get("nodeId").asText()).isEqualTo(americas);
    assertThat(node.json().get("scope").get("nodeKey").asText()).isEqualTo("americas");
    assertThat(realm.grantsIn("carol", "am-web")).containsEntry("chat.handle", "all");

    JsonResponse inboxes =
        assign("dave", Map.of("type", "inboxes", "inboxKeys", List.of("apac-sms")));
    assertThat(inboxes.status()).as(inboxes.toString()).isEqualTo(201);
    assertThat(texts(inboxes.json().get("scope").get("inboxKeys"))).containsExactly("apac-sms");
    assertThat(realm.grantsIn("dave", "apac-sms")).containsEntry("chat.handle", "all");
    assertThat(realm.grantsIn("dave", "emea-web")).isEmpty();

    assertInvalid(
        assign("erin", Map.of("type", "node", "nodeId", emea, "nodeKey", "americas")),
        "scope.nodeKey");
    assertInvalid(
        assign(
            "erin", Map.of("type", "nodes", "nodeIds", List.of(emea), "nodeKeys", List.of("apac"))),
        "scope.nodeKeys");
    assertInvalid(
        assign("erin", Map.of("type", "nodes", "nodeKeys", List.of("nowhere"))),
        "scope.nodeKeys[0]");
    assertInvalid(assign("erin", Map.of("type", "nodes", "nodeKeys", List.of())), "scope.nodeIds");
    assertInvalid(
        assign("erin", Map.of("type", "inboxes", "inboxKeys", List.of("emea"))),
        "scope.inboxKeys[0]");
    assertInvalid(
        assign("erin", Map.of("type", "node", "nodeKeys", List.of("emea"))), "scope.nodeKeys");
    assertThat(realm.get("/assignments?subjectId=" + realm.userId("erin")).json()).isEmpty();
  }

  @Test
  @DisplayName("deleting a node takes it out of a nodes scope; the last one takes the assignment")
  void deleting_nodes_shrinks_the_scope() {
    String one = realm.location("shrink-one");
    String two = realm.location("shrink-two");
    realm.inbox("shrink-one-web", "web", one);
    realm.inbox("shrink-two-web", "web", two);
    String id =
        assign("frank", Map.of("type", "nodes", "nodeIds", List.of(one, two)))
            .json()
            .get("id")
            .asText();

    assertThat(realm.delete("/inboxes/" + one + "?cascade=true").status()).isEqualTo(204);
    JsonNode after = realm.get("/assignments/" + id).json();
    assertThat(texts(after.get("scope").get("nodeKeys"))).containsExactly("shrink-two");
    assertThat(realm.grantsIn("frank", "shrink-two-web")).containsEntry("chat.handle", "all");

    assertThat(realm.delete("/inboxes/" + two + "?cascade=true").status()).isEqualTo(204);
    assertThat(realm.get("/assignments/" + id).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("the document writes a nodes scope as scope.nodes, and imports one")
  void the_document_carries_nodes_scopes() {
    assign("grace", Map.of("type", "nodes", "nodeKeys", List.of("apac", "americas")));
    JsonNode exported = realm.get("/document").json();
    JsonNode graces = null;
    for (JsonNode item : exported.get("assignments")) {
      if ("grace".equals(item.path("user").asText())) {
        graces = item;
      }
    }
    assertThat(graces).as(exported.toString()).isNotNull();
    assertThat(texts(graces.get("scope").get("nodes"))).containsExactly("americas", "apac");

    JsonResponse unchanged = realm.put("/document?dryRun=true", exported);
    assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
    assertThat(unchanged.json().get("changed").asBoolean()).as(unchanged.toString()).isFalse();

    ObjectNode document = exported.deepCopy();
    ObjectNode item = ((ArrayNode) document.get("assignments")).addObject();
    item.put("user", "erin");
    item.put("role", "profile");
    item.putObject("scope").putArray("nodes").add("emea").add("americas");
    JsonResponse imported = realm.put("/document", document);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(realm.grantsIn("erin", "am-web")).containsEntry("chat.handle", "all");
    assertThat(realm.grantsIn("erin", "emea-web")).containsEntry("chat.handle", "all");
    assertThat(realm.grantsIn("erin", "apac-sms")).isEmpty();

    ObjectNode broken = document.deepCopy();
    ((ObjectNode) broken.get("assignments").get(broken.get("assignments").size() - 1).get("scope"))
        .put("node", "emea");
    JsonResponse refused = realm.put("/document", broken);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(value -> texts.add(value.asText()));
    return texts;
  }
}
