package io.chataccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.Prerequisite;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL stopped under streams of admin writes (inbox creations, document imports) and token
 * requests, then started again. The outage is defined by what is observed, not by time or
 * throughput: every stream is first seen acknowledging a request; then the database is stopped and
 * the test waits until both writers are seen failing (a 5xx, or no answer); then the database is
 * started and the test waits until every stream is seen acknowledging again. Every acknowledged
 * inbox must be there afterwards; each import names its number in every license key and the role's
 * name, so the realm shows whether one was applied in part or lost; no answer may leak a stack
 * trace. Needs the commands that stop and start the database ({@code -Dfaults.db.stop}, {@code
 * -Dfaults.db.start}), which .ci/run passes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("PostgreSQL outage under load")
class DatabaseOutageIT {

  private static final String REALM = "outage";
  private static final String DOCUMENT = "/admin/realms/" + REALM + "/chat-access/document";

  /** Deadlines of the waits below: they only keep a broken run from hanging. */
  private static final Duration STREAMS_START_LIMIT = Duration.ofMinutes(1);

  private static final Duration OUTAGE_SEEN_LIMIT = Duration.ofMinutes(2);
  private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(3);
  private static final Duration STREAM_STOP_LIMIT = Duration.ofMinutes(2);

  private ClusterNode node;
  private NodeClient client;
  private String stopCommand;
  private String startCommand;
  private List<RequestStream> streams = List.of();

  @BeforeAll
  void startNode() {
    ClusterDatabase database = ClusterDatabase.fromSystemProperties();
    stopCommand = System.getProperty("faults.db.stop", "");
    startCommand = System.getProperty("faults.db.start", "");
    Prerequisite.require(
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
    for (RequestStream stream : streams) {
      stream.stop(STREAM_STOP_LIMIT); // already stopped unless the test failed half-way
    }
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
    RequestStream inboxes = RequestStream.start("inboxes", 201, this::createInbox);
    RequestStream imports = RequestStream.start("imports", 200, this::importDocument);
    RequestStream tokens = RequestStream.start("tokens", 200, this::passwordGrant);
    streams = List.of(inboxes, imports, tokens);

    boolean streamsRan = Poll.until(STREAMS_START_LIMIT, () -> allAcknowledgedMoreThan(streams));
    assertThat(streamsRan).as("every stream is acknowledged before the outage").isTrue();

    int[] acknowledgedAtStop = counts(streams);
    int inboxFailuresAtStop = inboxes.failedCount();
    int importFailuresAtStop = imports.failedCount();
    run(stopCommand);
    // the outage: both writers see a request fail (a 5xx or no answer) once the database stops
    boolean outageSeen =
        Poll.until(
            OUTAGE_SEEN_LIMIT,
            () ->
                inboxes.failedCount() > inboxFailuresAtStop
                    && imports.failedCount() > importFailuresAtStop);
    boolean readinessDown = !node.reportsReady();

    run(startCommand);
    // recovery: the node reports ready and every kind of request is acknowledged again, each one
    // at least once after the database started
    int[] acknowledgedAtStart = counts(streams);
    boolean recovered =
        Poll.until(
            RECOVERY_LIMIT,
            () -> node.reportsReady() && allAcknowledgedMoreThan(streams, acknowledgedAtStart));

    boolean stopped = true;
    for (RequestStream stream : streams) {
      stopped &= stream.stop(STREAM_STOP_LIMIT);
    }
    List<Integer> acknowledgedImports = imports.acknowledged();
    List<String> acknowledgedInboxes = new ArrayList<>();
    inboxes.acknowledged().forEach(n -> acknowledgedInboxes.add(inboxKey(n)));
    System.out.printf(
        "Outage figures: %d inboxes and %d imports acknowledged, %d tokens issued, %d refused;"
            + " acknowledged before the stop %s, before the start %s (inboxes, imports, tokens);"
            + " failed writes %d inboxes, %d imports; readiness down during the outage: %s%n",
        acknowledgedInboxes.size(),
        acknowledgedImports.size(),
        tokens.acknowledgedCount(),
        tokens.refusedCount(),
        Arrays.toString(acknowledgedAtStop),
        Arrays.toString(acknowledgedAtStart),
        inboxes.failedCount(),
        imports.failedCount(),
        readinessDown);

    assertThat(outageSeen)
        .as("both writers see a request fail once PostgreSQL is stopped")
        .isTrue();
    assertThat(recovered).as("Keycloak answers every kind of request again, on its own").isTrue();
    assertThat(stopped).as("every stream ends after its request in flight").isTrue();

    JsonNode exported = client.send("GET", DOCUMENT, client.adminToken(), null).body();
    SoftAssertions softly = new SoftAssertions();
    for (RequestStream stream : streams) {
      softly
          .assertThat(stream.leaks())
          .as("answers of %s with a stack trace", stream.name())
          .isEmpty();
    }
    List<String> keys = new ArrayList<>();
    exported.get("inboxes").forEach(inbox -> keys.add(inbox.get("key").asText()));
    softly
        .assertThat(keys)
        .as("every acknowledged inbox is there")
        .containsAll(acknowledgedInboxes);
    Set<Integer> licenseNumbers = new TreeSet<>();
    exported.get("licenses").forEach(l -> licenseNumbers.add(number(l.get("key").asText())));
    softly.assertThat(licenseNumbers).as("the licenses of exactly one import").hasSize(1);
    softly.assertThat(exported.get("licenses")).hasSize(2);
    softly.assertAll();
    int last = licenseNumbers.iterator().next();
    assertThat(exported.get("roles").get(0).get("name").asText())
        .as("the role of the same import")
        .isEqualTo("Role " + last);
    assertThat(last)
        .as("no acknowledged import is lost")
        .isGreaterThanOrEqualTo(acknowledgedImports.get(acknowledgedImports.size() - 1));
  }

  private static int[] counts(List<RequestStream> streams) {
    return streams.stream().mapToInt(RequestStream::acknowledgedCount).toArray();
  }

  private static boolean allAcknowledgedMoreThan(List<RequestStream> streams) {
    return allAcknowledgedMoreThan(streams, new int[streams.size()]);
  }

  private static boolean allAcknowledgedMoreThan(List<RequestStream> streams, int[] counts) {
    for (int i = 0; i < streams.size(); i++) {
      if (streams.get(i).acknowledgedCount() <= counts[i]) {
        return false;
      }
    }
    return true;
  }

  private static String inboxKey(int number) {
    return "w-" + number;
  }

  /** Creates inbox w-{number}: acknowledged with 201. */
  private NodeClient.Reply createInbox(int number) {
    String key = inboxKey(number);
    return client.send(
        "POST",
        "/admin/realms/" + REALM + "/chat-access/inboxes",
        client.adminToken(),
        Map.of("key", key, "name", key, "type", "location"));
  }

  private NodeClient.Reply passwordGrant(int number) {
    return client.passwordGrant(REALM, "chat-app", "agent", "agent");
  }

  private static int number(String licenseKey) {
    return Integer.parseInt(licenseKey.substring(1, licenseKey.indexOf('-')));
  }

  /**
   * Imports document {number}: licenses and a role only (inboxes stay unmanaged), every part naming
   * its number; acknowledged with 200.
   */
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
