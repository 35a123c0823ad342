package io.chataccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL stopped under streams of admin writes (inbox creations, document imports) and token
 * requests, then started again. Every acknowledged inbox must be there afterwards; each import
 * names its number in every license key and the role's name, so the realm shows whether one was
 * applied in part or lost. Needs the commands that stop and start the database ({@code
 * -Dfaults.db.stop}, {@code -Dfaults.db.start}), which .ci/run passes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("PostgreSQL outage under load")
class DatabaseOutageIT {

  private static final String REALM = "outage";
  private static final String DOCUMENT = "/admin/realms/" + REALM + "/chat-access/document";
  private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(3);

  private ClusterNode node;
  private NodeClient client;
  private String stopCommand;
  private String startCommand;

  @BeforeAll
  void startNode() {
    ClusterDatabase database = ClusterDatabase.fromSystemProperties();
    stopCommand = System.getProperty("faults.db.stop", "");
    startCommand = System.getProperty("faults.db.start", "");
    Assumptions.assumeTrue(
        database != null && !stopCommand.isBlank() && !startCommand.isBlank(),
        "the outage test needs PostgreSQL and -Dfaults.db.stop / -Dfaults.db.start (.ci/run)");
    node = ClusterNode.single("outage", database, List.of());
    node.start();
    client = new NodeClient(node.baseUrl());
    client.createRealmWithAgent(
        REALM,
        List.of(
            Map.of(
                "clientId", "chat-app", "publicClient", true, "directAccessGrantsEnabled", true)));
  }

  @AfterAll
  void stopNode() throws Exception {
    if (startCommand != null && !startCommand.isBlank()) {
      // the database must run again for what follows, even if the test failed mid-outage; a
      // database already running refuses a second start, which is fine here
      new ProcessBuilder("bash", "-c", startCommand)
          .inheritIO()
          .start()
          .waitFor(2, TimeUnit.MINUTES);
    }
    if (node != null) {
      node.stop();
    }
  }

  @Test
  @DisplayName(
      "after the outage Keycloak recovers alone, acknowledged writes stay, none is partial")
  void acknowledged_writes_survive_and_none_is_half_applied() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(3);
    Future<List<String>> inboxes = load.submit(() -> inboxStream(running));
    Future<List<Integer>> imports = load.submit(() -> importStream(running));
    Future<int[]> tokens = load.submit(() -> tokenStream(running));

    Thread.sleep(3_000);
    run(stopCommand);
    Thread.sleep(5_000);
    run(startCommand);
    boolean recovered = false;
    Instant deadline = Instant.now().plus(RECOVERY_LIMIT);
    while (!recovered && Instant.now().isBefore(deadline)) {
      Thread.sleep(1_000);
      recovered = client.send("GET", DOCUMENT, client.adminToken(), null).status() == 200;
    }
    Thread.sleep(3_000);
    running.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    List<String> acknowledgedInboxes = inboxes.get();
    List<Integer> acknowledgedImports = imports.get();
    int[] tokenOutcomes = tokens.get();
    JsonNode exported = client.send("GET", DOCUMENT, client.adminToken(), null).body();
    System.out.printf(
        "Outage figures: %d inboxes and %d imports acknowledged, %d tokens issued, %d refused%n",
        acknowledgedInboxes.size(), acknowledgedImports.size(), tokenOutcomes[0], tokenOutcomes[1]);

    assertThat(recovered).as("Keycloak answers again once PostgreSQL is back").isTrue();
    assertThat(acknowledgedInboxes).as("inboxes acknowledged").hasSizeGreaterThan(2);
    assertThat(acknowledgedImports).as("imports acknowledged").hasSizeGreaterThan(2);
    assertThat(tokenOutcomes[0]).as("tokens issued").isPositive();
    List<String> keys = new ArrayList<>();
    exported.get("inboxes").forEach(inbox -> keys.add(inbox.get("key").asText()));
    assertThat(keys).as("every acknowledged inbox is there").containsAll(acknowledgedInboxes);
    Set<Integer> licenseNumbers = new TreeSet<>();
    exported.get("licenses").forEach(l -> licenseNumbers.add(number(l.get("key").asText())));
    assertThat(licenseNumbers).as("the licenses of exactly one import").hasSize(1);
    int last = licenseNumbers.iterator().next();
    assertThat(exported.get("licenses")).hasSize(2);
    assertThat(exported.get("roles").get(0).get("name").asText())
        .as("the role of the same import")
        .isEqualTo("Role " + last);
    assertThat(last)
        .as("no acknowledged import is lost")
        .isGreaterThanOrEqualTo(acknowledgedImports.get(acknowledgedImports.size() - 1));
  }

  /** Creates inboxes w-1, w-2, ... until stopped; returns the keys acknowledged with 201. */
  private List<String> inboxStream(AtomicBoolean running) {
    List<String> acknowledged = new ArrayList<>();
    for (int i = 1; running.get(); i++) {
      String key = "w-" + i;
      try {
        NodeClient.Reply reply =
            client.send(
                "POST",
                "/admin/realms/" + REALM + "/chat-access/inboxes",
                client.adminToken(),
                Map.of("key", key, "name", key, "type", "location"));
        if (reply.status() == 201) {
          acknowledged.add(key);
        }
      } catch (AssertionError | RuntimeException failedDuringOutage) {
        // refused or failed during the outage: not acknowledged
      }
    }
    return acknowledged;
  }

  /**
   * Imports documents 1, 2, ... until stopped: licenses and a role only (inboxes stay unmanaged),
   * every part naming its number. Returns the numbers acknowledged with 200.
   */
  private List<Integer> importStream(AtomicBoolean running) {
    List<Integer> acknowledged = new ArrayList<>();
    for (int i = 1; running.get(); i++) {
      try {
        if (importDocument(i).status() == 200) {
          acknowledged.add(i);
        }
      } catch (AssertionError | RuntimeException failedDuringOutage) {
        // refused or failed during the outage: not acknowledged
      }
    }
    return acknowledged;
  }

  /** Password grants until stopped: {issued, failed}. */
  private int[] tokenStream(AtomicBoolean running) {
    int[] outcomes = new int[2];
    while (running.get()) {
      try {
        client.token(REALM, "chat-app", "agent", "agent");
        outcomes[0]++;
      } catch (AssertionError | RuntimeException failedDuringOutage) {
        outcomes[1]++;
      }
    }
    return outcomes;
  }

  private static int number(String licenseKey) {
    return Integer.parseInt(licenseKey.substring(1, licenseKey.indexOf('-')));
  }

  private NodeClient.Reply importDocument(int number) {
    String n = "n" + number;
    return client.send(
        "PUT",
        DOCUMENT,
        client.adminToken(),
        Map.of(
            "format", 1,
            "licenses",
                List.of(
                    Map.of(
                        "key", n + "-a", "name", "A " + number, "seats", 5, "holders", List.of()),
                    Map.of(
                        "key",
                        n + "-b",
                        "name",
                        "B " + number,
                        "seats",
                        5,
                        "holders",
                        List.of("agent"))),
            "roles",
                List.of(
                    Map.of(
                        "key",
                        "outage-role",
                        "name",
                        "Role " + number,
                        "versions",
                        List.of(Map.of("grants", Map.of("chat.handle", "own")))))));
  }

  private static void run(String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("'" + command + "' failed");
    }
  }
}
