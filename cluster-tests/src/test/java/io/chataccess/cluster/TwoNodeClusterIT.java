package io.chataccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.Prerequisite;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes, A and B, on loopback with one PostgreSQL database. The policy cache on both nodes is
 * set to revalidate against the database only once an hour, so B can see A's change in time only
 * through our cluster message: a node that missed it would serve the old claim.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("A two-node Keycloak cluster on PostgreSQL")
class TwoNodeClusterIT {

  private static final String REALM = "cluster";
  private static final String DOCUMENT = "/admin/realms/" + REALM + "/chat-access/document";

  private ClusterNode nodeA;
  private ClusterNode nodeB;
  private NodeClient a;
  private NodeClient b;

  @BeforeAll
  void startCluster() {
    ClusterDatabase database = ClusterDatabase.fromSystemProperties();
    Prerequisite.require(
        database != null,
        "the cluster tests need PostgreSQL: run with -Dkeycloak.db=postgres (as .ci/run does)");
    Path dir = Path.of(System.getProperty("cluster.dir"));
    Path homeA = dir.resolve("node-a");
    Path homeB = dir.resolve("node-b");
    List<Path> providers = new ArrayList<>();
    for (String jar : System.getProperty("keycloak.providers").split(File.pathSeparator)) {
      providers.add(Path.of(jar));
    }
    ClusterHomes.build(Path.of(System.getProperty("keycloak.home")), providers, homeA, homeB);
    List<String> slowRevalidation =
        List.of("--spi-chat-access-store--chat-access-cached--revalidate-seconds=3600");
    nodeA = node("a", homeA, database, slowRevalidation);
    nodeB = node("b", homeB, database, slowRevalidation);
    nodeA.start();
    nodeB.start();
    a = new NodeClient(nodeA.baseUrl());
    b = new NodeClient(nodeB.baseUrl());
    createRealm();
  }

  private static ClusterNode node(
      String name, Path home, ClusterDatabase database, List<String> arguments) {
    return new ClusterNode(
        name,
        home,
        Integer.getInteger("cluster.http.port." + name),
        Integer.getInteger("cluster.management.port." + name),
        Integer.getInteger("cluster.bind.port." + name),
        database,
        arguments);
  }

  @AfterAll
  void stopCluster() {
    if (nodeB != null) {
      nodeB.stop();
    }
    if (nodeA != null) {
      nodeA.stop();
    }
  }

  private void createRealm() {
    a.createRealmWithAgent(
        REALM,
        List.of(
            Map.of(
                "clientId",
                "chat-app",
                "publicClient",
                true,
                "directAccessGrantsEnabled",
                true,
                "protocolMappers",
                List.of(
                    Map.of(
                        "name", "chat permissions",
                        "protocol", "openid-connect",
                        "protocolMapper", "chat-access-permissions-mapper",
                        "config", Map.of("claim.name", "chat", "access.token.claim", "true"))))));
    importDocument(a, List.of());
  }

  private static void importDocument(NodeClient node, List<Map<String, String>> assignments) {
    NodeClient.Reply reply =
        node.send(
            "PUT",
            DOCUMENT,
            node.adminToken(),
            Map.of(
                "format", 1,
                "settings", Map.of("licensesRequired", false),
                "inboxes",
                    List.of(Map.of("key", "web", "type", "inbox", "channel", "web", "name", "Web")),
                "roles",
                    List.of(
                        Map.of(
                            "key", "desk",
                            "name", "Desk",
                            "versions", List.of(Map.of("grants", Map.of("chat.handle", "all"))))),
                "assignments", assignments));
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
  }

  private static JsonNode claimFrom(NodeClient node) {
    return NodeClient.chatClaim(node.token(REALM, "chat-app", "agent", "agent"));
  }

  @Test
  @Order(1)
  @DisplayName("both nodes see each other: a cluster view of two members")
  void the_nodes_form_one_cluster() {
    assertThat(nodeA.logShowsClusterOf(2)).as("node A's log").isTrue();
    assertThat(nodeB.logShowsClusterOf(2)).as("node B's log").isTrue();
  }

  @Test
  @Order(2)
  @DisplayName("a change through node A is in the next token of node B, and back")
  void a_change_on_one_node_is_in_the_next_token_of_the_other() {
    assertThat(claimFrom(b).get("all").size()).as("B's cached claim before").isZero();

    importDocument(a, List.of(Map.of("user", "agent", "role", "desk")));
    JsonNode afterGrant = claimFrom(b);
    importDocument(b, List.of());
    JsonNode afterRevoke = claimFrom(a);

    assertThat(afterGrant.get("all").path("chat.handle").asText()).isEqualTo("all");
    assertThat(afterRevoke.get("all").size()).isZero();
  }

  @Test
  @Order(3)
  @DisplayName("restarting node B loses nothing")
  void restarting_a_node_loses_nothing() {
    importDocument(a, List.of(Map.of("user", "agent", "role", "desk")));
    JsonNode before = a.send("GET", DOCUMENT, a.adminToken(), null).body();

    nodeB.stop();
    nodeB.start();

    assertThat(b.send("GET", DOCUMENT, b.adminToken(), null).body()).isEqualTo(before);
    assertThat(claimFrom(b).get("all").path("chat.handle").asText()).isEqualTo("all");
  }
}
