package io.chataccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.Prerequisite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A document import that outlives the server's transaction timeout. Keycloak's transaction reaper
 * rolls the transaction back from another thread; the admin must get a clear 503 (not a 409 that
 * invites a retry, nor a 500), nothing of the document may stay, and the node must go on working.
 * On PostgreSQL only: on the embedded H2 the reaper's abort leaves the database file unusable until
 * a restart (Keycloak's development database; see docs/reliability.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("A write that outlives the transaction timeout")
class TransactionTimeoutIT {

  private static final String REALM = "timeout";
  private static final String DOCUMENT = "/admin/realms/" + REALM + "/chat-access/document";
  private static final String TIMEOUT = "10s";

  /** 3,000 inboxes x 30 roles: far more work than fits in the timeout on any machine we know. */
  private static final int LOCATIONS = 60;

  private static final int INBOXES_PER_LOCATION = 50;
  private static final int ROLES = 30;

  private ClusterNode node;
  private NodeClient client;

  @BeforeAll
  void startNode() {
    ClusterDatabase database = ClusterDatabase.fromSystemProperties();
    Prerequisite.require(
        database != null, "the transaction timeout test needs PostgreSQL (.ci/run's second pass)");
    node =
        ClusterNode.single(
            "timeout", database, List.of("--transaction-default-timeout=" + TIMEOUT));
    node.start();
    client = new NodeClient(node.baseUrl());
    client.createRealmWithAgent(REALM, List.of());
    NodeClient.Reply group =
        client.send(
            "POST",
            "/admin/realms/" + REALM + "/groups",
            client.adminToken(),
            Map.of("name", "team"));
    assertThat(group.status()).as(group.toString()).isEqualTo(201);
  }

  @AfterAll
  void stopNode() {
    if (node != null) {
      node.stop();
    }
  }

  @Test
  @DisplayName("answers 503 with the reason, keeps nothing, and the node goes on working")
  void answers_503_keeps_nothing_and_the_node_recovers() {
    String admin = client.adminToken();
    NodeClient.Reply before = client.send("GET", DOCUMENT, admin, null);
    assertThat(before.status()).as(before.toString()).isEqualTo(200);

    NodeClient.Reply tooBig = client.send("PUT", DOCUMENT, admin, document(LOCATIONS));

    assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(503);
    assertThat(tooBig.body().get("type").asText())
        .isEqualTo("urn:chat-access:problem:transaction-timeout");
    assertThat(tooBig.body().get("detail").asText())
        .contains("transaction timeout")
        .contains("nothing was changed");
    NodeClient.Reply after = client.send("GET", DOCUMENT, client.adminToken(), null);
    assertThat(after.status()).as(after.toString()).isEqualTo(200);
    assertThat(after.body()).as("the realm's chat data is as before").isEqualTo(before.body());

    NodeClient.Reply small = client.send("PUT", DOCUMENT, client.adminToken(), document(1));
    assertThat(small.status()).as(small.toString()).isEqualTo(200);
    JsonNode imported = client.send("GET", DOCUMENT, client.adminToken(), null).body();
    assertThat(imported.get("inboxes")).hasSize(1);
    assertThat(imported.get("assignments")).hasSize(INBOXES_PER_LOCATION * ROLES);
  }

  /** Locations of inboxes, roles, and one assignment of the group per role and inbox. */
  private static Map<String, Object> document(int locations) {
    List<Object> tree = new ArrayList<>();
    List<Object> assignments = new ArrayList<>();
    for (int l = 0; l < locations; l++) {
      List<Object> inboxes = new ArrayList<>();
      for (int i = 0; i < INBOXES_PER_LOCATION; i++) {
        String key = "in-" + l + "-" + i;
        inboxes.add(Map.of("key", key, "type", "inbox", "channel", "web", "name", key));
        for (int r = 0; r < ROLES; r++) {
          assignments.add(
              Map.of("group", "/team", "role", "r" + r, "scope", Map.of("inboxes", List.of(key))));
        }
      }
      tree.add(
          Map.of("key", "loc-" + l, "type", "location", "name", "loc-" + l, "children", inboxes));
    }
    List<Object> roles = new ArrayList<>();
    for (int r = 0; r < ROLES; r++) {
      roles.add(
          Map.of(
              "key",
              "r" + r,
              "name",
              "Role " + r,
              "versions",
              List.of(
                  Map.of(
                      "requiresLicense",
                      false,
                      "saveMode",
                      "apply",
                      "grants",
                      Map.of("chat.handle", "all")))));
    }
    return Map.of(
        "format",
        1,
        "settings",
        Map.of("licensesRequired", false),
        "inboxes",
        tree,
        "roles",
        roles,
        "assignments",
        assignments);
  }
}
