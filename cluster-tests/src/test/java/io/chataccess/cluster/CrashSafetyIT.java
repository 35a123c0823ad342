package io.chataccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.cluster.WriteBurst.Kind;
import io.chataccess.cluster.WriteBurst.Write;
import io.chataccess.testing.Prerequisite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A node killed with SIGKILL ({@code kill -9} of the server's Java process) in the middle of
 * writes, then started again on the same PostgreSQL database. Every write acknowledged with a 2xx
 * before the kill must be there; every item found must be whole (a license with its name and
 * channels, an inbox with its attributes, a role with each of its versions and their grants, an
 * assignment with its scope rows or grants); the realm's revision must count exactly the writes
 * that were committed; and a document import cut by the kill must have left the realm exactly as
 * before or exactly as the document says. The kill waits for the server to be inside the writes
 * (acknowledged writes and an open write transaction; the import's transaction writing its
 * assignments, seen in {@code pg_locks}), each wait bounded by a deadline. On PostgreSQL only, in a
 * database of its own ({@code chat_crash}), so that a killed node's leftovers (its cluster
 * discovery row) never meet the other cluster tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("A node killed with kill -9 in the middle of writes")
class CrashSafetyIT {

  private static final String BURST_REALM = "crash-burst";
  private static final String IMPORT_REALM = "crash-import";
  private static final String REFERENCE_REALM = "crash-import-ref";

  private static final int BURST_USERS = 60;
  private static final int BURST_WRITERS = 6;
  private static final int BURST_ROUNDS = 60;
  private static final int POOL_SEATS = 25;
  private static final int KILL_AFTER_ACKNOWLEDGED = 30;

  private static final int IMPORT_USERS = 30;
  private static final int LOCATIONS = 40;
  private static final int INBOXES_PER_LOCATION = 30;
  private static final int ROLES = 5;

  private static final Duration ACKNOWLEDGED_DEADLINE = Duration.ofMinutes(2);
  private static final Duration OPEN_TRANSACTION_DEADLINE = Duration.ofSeconds(10);
  private static final Duration IMPORT_WRITING_DEADLINE = Duration.ofMinutes(3);

  /** How late the client may read an answer the server sent just before it died. */
  private static final Duration READ_AFTER_DEATH = Duration.ofSeconds(1);

  private static final int SIGKILL_STATUS = 128 + 9;

  private ClusterDatabase database;
  private ClusterNode node;
  private boolean nodeDown;
  private NodeClient client;
  private CrashHttp http;
  private Psql psql;

  @BeforeAll
  void startNode() {
    ClusterDatabase shared = ClusterDatabase.fromSystemProperties();
    String url = System.getProperty("crash.db.url", "");
    Prerequisite.require(
        shared != null && url.startsWith("jdbc:postgresql:"),
        "the crash test needs PostgreSQL and its database chat_crash (.ci/run's second pass)");
    database = new ClusterDatabase(url, shared.username(), shared.password());
    node = ClusterNode.single("crash", database, List.of("--http-host=127.0.0.1"));
    node.start();
    client = new NodeClient(node.baseUrl());
    http = new CrashHttp(node.baseUrl());
    psql = new Psql(database);
  }

  @BeforeEach
  void nodeRuns() {
    // a test that failed between a kill and the restart leaves the node down
    if (nodeDown) {
      node.start();
      nodeDown = false;
    }
  }

  @AfterAll
  void stopNode() {
    if (node != null && !nodeDown) {
      node.stop();
    }
  }

  // ---- (a) a burst of writes

  @Test
  @DisplayName(
      "during a burst of writes: every acknowledged write is there, none is half written, and the"
          + " revision counts exactly the committed writes")
  void burst_of_writes() throws Exception {
    WriteBurst.Fixtures fixtures = burstRealm();
    String realmId = realmId(BURST_REALM);
    long revisionBefore = revision(BURST_REALM);
    WriteBurst burst =
        new WriteBurst(http, client.adminToken(), fixtures, BURST_WRITERS, BURST_ROUNDS);

    burst.start();
    boolean enoughAcknowledged =
        awaitTrue(
            ACKNOWLEDGED_DEADLINE, () -> burst.acknowledgedSoFar() >= KILL_AFTER_ACKNOWLEDGED);
    boolean transactionOpen = awaitTrue(OPEN_TRANSACTION_DEADLINE, () -> openWrites() > 0);
    long killedAt = System.nanoTime();
    int killStatus = kill();
    long deadAt = System.nanoTime();
    List<Write> log = burst.stop();
    restart();

    assertThat(killStatus)
        .as("kc.sh's status: its Java process died of SIGKILL")
        .isEqualTo(SIGKILL_STATUS);
    assertThat(enoughAcknowledged)
        .as("%d writes acknowledged before the kill", KILL_AFTER_ACKNOWLEDGED)
        .isTrue();
    List<Write> inFlight =
        log.stream().filter(w -> !w.answered() && w.sentNanos() < killedAt).toList();
    assertThat(inFlight).as("requests in flight when the server was killed").isNotEmpty();
    // An answer may end between the SIGKILL and the process's death (it was sent before), and the
    // client may read an answer sent before the death a little later; none can come after that.
    long noAnswerAfter = deadAt + READ_AFTER_DEATH.toNanos();
    assertThat(log.stream().filter(w -> w.answered() && w.endedNanos() > noAnswerAfter))
        .as("answers after the process died")
        .isEmpty();
    assertThat(log.stream().filter(Write::answered).filter(w -> !w.acknowledged()))
        .as("refusals before the kill: only seats of the full pool (409)")
        .allSatisfy(
            w -> {
              assertThat(w.kind()).isEqualTo(Kind.SEAT);
              assertThat(w.status()).isEqualTo(409);
            });

    BurstFindings found = burstFindings(fixtures);
    List<String> missing = new ArrayList<>();
    for (Write write : log) {
      if (write.acknowledged() && !found.contains(write)) {
        missing.add(write.kind() + " " + write.key());
      }
    }
    long acknowledged = log.stream().filter(Write::acknowledged).count();
    long revisionAfter = revision(BURST_REALM);
    System.out.printf(
        "Crash burst figures: %d writes sent, %d acknowledged before the kill, %d in flight at the"
            + " kill (%d of them committed), %d refused; write transactions open at the kill: %s;"
            + " found after the restart: %d items, revision %d -> %d%n",
        log.size(),
        acknowledged,
        inFlight.size(),
        found.committed() - acknowledged,
        log.stream().filter(w -> w.answered() && !w.acknowledged()).count(),
        transactionOpen ? "yes" : "none seen",
        found.committed(),
        revisionBefore,
        revisionAfter);

    assertThat(missing).as("acknowledged writes missing after the restart").isEmpty();
    assertThat(found.halfWritten()).as("items not whole after the restart").isEmpty();
    assertThat(found.committed())
        .as("committed writes: the acknowledged ones, and at most those in flight")
        .isBetween(acknowledged, acknowledged + inFlight.size());
    assertThat(revisionAfter - revisionBefore)
        .as("the revision grew by one per committed write, no more, no less")
        .isEqualTo(found.committed());
    assertTablesConsistent(realmId);
    assertExportReimportsUnchanged(BURST_REALM);
    NodeClient.Reply next =
        client.send(
            "POST",
            chat(BURST_REALM) + "/inboxes",
            client.adminToken(),
            Map.of("key", "after-crash", "name", "After the crash", "type", "location"));
    assertThat(next.status()).as("a write after the restart: %s", next).isEqualTo(201);
    assertThat(revision(BURST_REALM)).as("and its revision").isEqualTo(revisionAfter + 1);
  }

  // ---- (b) a document import

  @Test
  @DisplayName(
      "during a document import: the realm is exactly as before or exactly as the document says")
  void document_import() throws Exception {
    List<String> users = ImportDocuments.usernames(IMPORT_USERS);
    createRealm(IMPORT_REALM, users, true);
    String largeJson =
        new ObjectMapper()
            .writeValueAsString(
                ImportDocuments.large(users, LOCATIONS, INBOXES_PER_LOCATION, ROLES));
    importOrFail(IMPORT_REALM, ImportDocuments.before(users));
    JsonNode before = exportWithoutRealm(IMPORT_REALM);
    long revisionBefore = revision(IMPORT_REALM);
    String realmId = realmId(IMPORT_REALM);

    Instant sent = Instant.now();
    CompletableFuture<Optional<NodeClient.Reply>> answer =
        http.sendAsync(
            "PUT", chat(IMPORT_REALM) + "/document", client.adminToken(), largeJson, null);
    boolean insertingAssignments =
        awaitTrue(IMPORT_WRITING_DEADLINE, () -> answer.isDone() || insertingAssignments());
    boolean answeredBeforeKill = answer.isDone();
    Duration untilKill = Duration.between(sent, Instant.now());
    int killStatus = kill();
    Optional<NodeClient.Reply> reply = answer.get(1, TimeUnit.MINUTES);
    restart();

    assertThat(killStatus)
        .as("kc.sh's status: its Java process died of SIGKILL")
        .isEqualTo(SIGKILL_STATUS);
    assertThat(answeredBeforeKill)
        .as("the import was still running at the kill (answer: %s)", reply)
        .isFalse();
    assertThat(insertingAssignments)
        .as("the import's transaction was inserting assignments when killed")
        .isTrue();
    assertThat(reply).as("no answer to the killed import").isEmpty();

    JsonNode after = exportWithoutRealm(IMPORT_REALM);
    long revisionAfter = revision(IMPORT_REALM);
    boolean nothing = after.equals(before);
    // only when something changed is the document's own outcome needed: the same import into a
    // realm set up alike, which the crashed realm must then equal
    JsonNode imported = nothing ? null : referenceImport(users, largeJson);
    boolean all = !nothing && after.equals(imported);
    System.out.printf(
        "Crash import figures: %d nodes, %d assignments; killed %d ms after the request, while"
            + " the import inserted assignments; after the restart the realm is %s, revision %d"
            + " -> %d%n",
        LOCATIONS * (INBOXES_PER_LOCATION + 1),
        LOCATIONS * INBOXES_PER_LOCATION * ROLES + IMPORT_USERS,
        untilKill.toMillis(),
        nothing ? "as before" : all ? "as the document says" : "NEITHER",
        revisionBefore,
        revisionAfter);

    assertThat(nothing || all)
        .as(
            "the realm after the restart is exactly as before the import or exactly as the"
                + " document says; sections that differ from before: %s; from the document: %s",
            differingSections(after, before),
            imported == null ? "-" : differingSections(after, imported))
        .isTrue();
    assertThat(revisionAfter)
        .as("the revision of the outcome")
        .isEqualTo(nothing ? revisionBefore : revisionBefore + 1);
    assertTablesConsistent(realmId);
    assertExportReimportsUnchanged(IMPORT_REALM);
    NodeClient.Reply next =
        client.send(
            "POST",
            chat(IMPORT_REALM) + "/inboxes",
            client.adminToken(),
            Map.of("key", "after-crash", "name", "After the crash", "type", "location"));
    assertThat(next.status()).as("a write after the restart: %s", next).isEqualTo(201);
    assertThat(revision(IMPORT_REALM)).as("and its revision").isEqualTo(revisionAfter + 1);
  }

  /** The export of a realm set up as the crashed one was and given the large document whole. */
  private JsonNode referenceImport(List<String> users, String largeJson) {
    createRealm(REFERENCE_REALM, users, true);
    importOrFail(REFERENCE_REALM, ImportDocuments.before(users));
    importOrFail(REFERENCE_REALM, largeJson);
    return exportWithoutRealm(REFERENCE_REALM);
  }

  // ---- killing and restarting

  private int kill() {
    nodeDown = true;
    return node.kill();
  }

  private void restart() {
    node.start();
    nodeDown = false;
  }

  /** Polls {@code condition} until it holds or the deadline passes; answers whether it held. */
  private static boolean awaitTrue(Duration deadline, BooleanSupplier condition)
      throws InterruptedException {
    Instant end = Instant.now().plus(deadline);
    while (Instant.now().isBefore(end)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(20);
    }
    return condition.getAsBoolean();
  }

  /** Transactions of this database that hold a transaction id, i.e. have written or locked. */
  private long openWrites() {
    return psql.count(
        "select count(*) from pg_stat_activity where datname = current_database()"
            + " and backend_xid is not null and state <> 'idle'");
  }

  /**
   * Whether a transaction of this database that has written (it holds a transaction id) runs, or
   * last ran, an insert into the assignment table: the import is past its tree, licenses and roles
   * and is writing the document's assignments, in batches, before its commit.
   */
  private boolean insertingAssignments() {
    return psql.count(
            "select count(*) from pg_stat_activity where datname = current_database()"
                + " and backend_xid is not null and query ilike 'insert into ca_assignment%'")
        > 0;
  }

  // ---- what the burst left

  /** What was found of the burst after the restart. */
  private record BurstFindings(
      Set<String> licenses,
      Set<String> inboxes,
      Set<String> roles,
      Set<String> secondVersions,
      Set<String> assignments,
      Set<String> seats,
      List<String> halfWritten) {

    boolean contains(Write write) {
      return switch (write.kind()) {
        case LICENSE -> licenses.contains(write.key());
        case INBOX -> inboxes.contains(write.key());
        case ROLE -> roles.contains(write.key());
        case ROLE_VERSION -> secondVersions.contains(write.key());
        case ASSIGNMENT, EXTRA_GRANTS -> assignments.contains(write.key());
        case SEAT -> seats.contains(write.key());
      };
    }

    long committed() {
      return licenses.size()
          + inboxes.size()
          + roles.size()
          + secondVersions.size()
          + assignments.size()
          + seats.size();
    }
  }

  private BurstFindings burstFindings(WriteBurst.Fixtures fixtures) {
    String admin = client.adminToken();
    String base = chat(BURST_REALM);
    List<String> half = new ArrayList<>();

    Set<String> licenses = new HashSet<>();
    long poolUsed = -1;
    for (JsonNode license : list(base + "/licenses", admin)) {
      String key = license.get("key").asText();
      if (license.get("id").asText().equals(fixtures.poolLicenseId())) {
        poolUsed = license.get("seatsUsed").asLong();
      }
      if (!key.startsWith("l-")) {
        continue;
      }
      licenses.add(key);
      if (!license.get("name").asText().equals(WriteBurst.licenseName(key))
          || license.get("seats").asInt() != WriteBurst.licenseSeats(key)
          || !sorted(license.get("channels")).equals(WriteBurst.LICENSE_CHANNELS)) {
        half.add("license " + license);
      }
    }

    Set<String> inboxes = new HashSet<>();
    for (JsonNode inbox : pages(base + "/inboxes", admin)) {
      String key = inbox.get("key").asText();
      if (!key.startsWith("i-")) {
        continue;
      }
      inboxes.add(key);
      if (!inbox.get("name").asText().equals(WriteBurst.inboxName(key))
          || !inbox.get("channel").asText().equals(WriteBurst.INBOX_CHANNEL)
          || !strings(inbox.get("attributes")).equals(WriteBurst.inboxAttributes(key))) {
        half.add("inbox " + inbox);
      }
    }

    Set<String> roles = new HashSet<>();
    Set<String> secondVersions = new HashSet<>();
    for (JsonNode role : list(base + "/roles", admin)) {
      String key = role.get("key").asText();
      if (!key.startsWith("r-")) {
        continue;
      }
      roles.add(key);
      int version = role.get("version").asInt();
      if (version >= 2) {
        secondVersions.add(key);
      }
      JsonNode versions = list(base + "/roles/" + role.get("id").asText() + "/versions", admin);
      List<Integer> numbers = new ArrayList<>();
      versions.forEach(v -> numbers.add(v.get("version").asInt()));
      boolean whole =
          role.get("name").asText().equals(WriteBurst.roleName(key))
              && role.get("description").asText().equals(WriteBurst.roleDescription(key))
              && !role.get("requiresLicense").asBoolean()
              && (version == 1 || version == 2)
              && numbers.equals(version == 1 ? List.of(1) : List.of(1, 2))
              && strings(versions.get(0).get("grants")).equals(WriteBurst.FIRST_GRANTS)
              && (version == 1
                  || strings(versions.get(1).get("grants")).equals(WriteBurst.SECOND_GRANTS))
              && strings(role.get("grants"))
                  .equals(version == 1 ? WriteBurst.FIRST_GRANTS : WriteBurst.SECOND_GRANTS);
      if (!whole) {
        half.add("role " + role + " with versions " + versions);
      }
    }

    Set<String> assignments = new HashSet<>();
    List<String> baseInboxes = fixtures.baseInboxIds().stream().sorted().toList();
    for (JsonNode assignment : pages(base + "/assignments", admin)) {
      assignments.add(assignment.get("id").asText());
      JsonNode scope = assignment.get("scope");
      boolean viaRole = assignment.hasNonNull("roleId");
      boolean whole =
          viaRole
              ? assignment.get("roleId").asText().equals(fixtures.baseRoleId())
                  && scope.get("type").asText().equals("inboxes")
                  && sorted(scope.get("inboxIds")).equals(baseInboxes)
              : strings(assignment.get("grants")).equals(WriteBurst.EXTRA)
                  && scope.get("type").asText().equals("all");
      if (!whole || !fixtures.userIds().containsValue(assignment.at("/subject/id").asText())) {
        half.add("assignment " + assignment);
      }
    }

    Set<String> seats = new HashSet<>();
    for (JsonNode holder :
        pages(base + "/licenses/" + fixtures.poolLicenseId() + "/holders", admin)) {
      seats.add(holder.get("username").asText());
    }
    if (seats.size() > POOL_SEATS || poolUsed != seats.size()) {
      half.add("pool license: " + seats.size() + " holders, seatsUsed " + poolUsed);
    }
    return new BurstFindings(licenses, inboxes, roles, secondVersions, assignments, seats, half);
  }

  /**
   * The tables, read past the product: each role's versions are 1..current, an assignment on chosen
   * inboxes has its inbox rows, one with inline grants has its grant rows, no license has more
   * holders than seats. (Foreign keys already rule out rows without their parent.)
   */
  private void assertTablesConsistent(String realmId) {
    String realm = "'" + realmId + "'";
    assertThat(
            psql.count(
                "select count(*) from ca_role r where r.realm_id = "
                    + realm
                    + " and (r.current_version <> (select count(*) from ca_role_version v"
                    + " where v.role_id = r.id) or not exists (select 1 from ca_role_version v"
                    + " where v.role_id = r.id and v.version_number = r.current_version))"))
        .as("roles whose versions are not exactly 1..current")
        .isZero();
    assertThat(
            psql.count(
                "select count(*) from ca_assignment a where a.realm_id = "
                    + realm
                    + " and ((a.scope_type = 'inboxes' and not exists (select 1 from"
                    + " ca_assignment_inbox i where i.assignment_id = a.id)) or (a.role_id is null"
                    + " and not exists (select 1 from ca_assignment_grant g"
                    + " where g.assignment_id = a.id)))"))
        .as("assignments without their inbox or grant rows")
        .isZero();
    assertThat(
            psql.count(
                "select count(*) from ca_license_type t where t.realm_id = "
                    + realm
                    + " and t.seat_limit is not null and t.seat_limit < (select count(*)"
                    + " from ca_license_holder h where h.license_type_id = t.id)"))
        .as("licenses with more holders than seats")
        .isZero();
  }

  /** Reads and the export work, and the export imports (as a dry run) without a change. */
  private void assertExportReimportsUnchanged(String realm) {
    String admin = client.adminToken();
    NodeClient.Reply exported = client.send("GET", chat(realm) + "/document", admin, null);
    assertThat(exported.status()).as("export: %s", exported).isEqualTo(200);
    NodeClient.Reply dryRun =
        client.send("PUT", chat(realm) + "/document?dryRun=true", admin, exported.body());
    assertThat(dryRun.status()).as("dry-run import of the export: %s", dryRun).isEqualTo(200);
    assertThat(dryRun.body().get("changed").asBoolean())
        .as("the export imports without a change: %s", dryRun.body())
        .isFalse();
  }

  // ---- realms

  private WriteBurst.Fixtures burstRealm() {
    List<String> usernames = new ArrayList<>();
    for (int u = 0; u < BURST_USERS; u++) {
      usernames.add(String.format("u%02d", u));
    }
    createRealm(BURST_REALM, usernames, false);
    String admin = client.adminToken();
    Map<String, String> userIds = new HashMap<>();
    NodeClient.Reply users =
        client.send(
            "GET",
            "/admin/realms/" + BURST_REALM + "/users?max=1000&briefRepresentation=true",
            admin,
            null);
    users.body().forEach(u -> userIds.put(u.get("username").asText(), u.get("id").asText()));
    assertThat(userIds.keySet()).containsAll(usernames);
    String base = chat(BURST_REALM);
    List<String> inboxIds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      inboxIds.add(
          created(
              base + "/inboxes",
              admin,
              Map.of("key", "b-" + i, "name", "Base " + i, "type", "inbox", "channel", "web")));
    }
    String roleId =
        created(
            base + "/roles",
            admin,
            Map.of("key", "base", "name", "Base", "grants", Map.of("chat.handle", "own")));
    String poolId =
        created(
            base + "/licenses",
            admin,
            Map.of("key", "pool", "name", "Pool", "seats", POOL_SEATS, "channels", List.of()));
    return new WriteBurst.Fixtures(BURST_REALM, roleId, inboxIds, poolId, usernames, userIds);
  }

  /** Creates {@code realm} afresh with the given users (and, if asked, the group /team). */
  private void createRealm(String realm, List<String> usernames, boolean withGroup) {
    String admin = client.adminToken();
    client.send("DELETE", "/admin/realms/" + realm, admin, null);
    List<Object> users = new ArrayList<>();
    for (String username : usernames) {
      users.add(Map.of("username", username, "enabled", true));
    }
    Map<String, Object> representation = new HashMap<>();
    representation.put("realm", realm);
    representation.put("enabled", true);
    representation.put("users", users);
    if (withGroup) {
      representation.put("groups", List.of(Map.of("name", ImportDocuments.GROUP)));
    }
    NodeClient.Reply created = client.send("POST", "/admin/realms", admin, representation);
    assertThat(created.status()).as("realm %s: %s", realm, created).isEqualTo(201);
  }

  private String created(String path, String admin, Map<String, Object> body) {
    NodeClient.Reply reply = client.send("POST", path, admin, body);
    assertThat(reply.status()).as("POST %s: %s", path, reply).isEqualTo(201);
    return reply.body().get("id").asText();
  }

  private void importOrFail(String realm, Object document) {
    NodeClient.Reply reply =
        http.send("PUT", chat(realm) + "/document", client.adminToken(), document)
            .orElseThrow(() -> new AssertionError("no answer to the import into " + realm));
    assertThat(reply.status()).as("import into %s: %s", realm, reply).isEqualTo(200);
  }

  private JsonNode exportWithoutRealm(String realm) {
    NodeClient.Reply reply =
        client.send("GET", chat(realm) + "/document", client.adminToken(), null);
    assertThat(reply.status()).as("export of %s: %s", realm, reply).isEqualTo(200);
    ObjectNode document = (ObjectNode) reply.body();
    document.remove("realm");
    return document;
  }

  private String realmId(String realm) {
    NodeClient.Reply reply =
        client.send("GET", "/admin/realms/" + realm, client.adminToken(), null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.body().get("id").asText();
  }

  private long revision(String realm) {
    NodeClient.Reply reply =
        client.send("GET", chat(realm) + "/settings", client.adminToken(), null);
    assertThat(reply.status()).as("settings of %s: %s", realm, reply).isEqualTo(200);
    return reply.body().get("revision").asLong();
  }

  private static String chat(String realm) {
    return "/admin/realms/" + realm + "/chat-access";
  }

  private JsonNode list(String path, String admin) {
    NodeClient.Reply reply = client.send("GET", path, admin, null);
    assertThat(reply.status()).as("GET %s: %s", path, reply).isEqualTo(200);
    return reply.body();
  }

  /** Every item of a paged list. */
  private List<JsonNode> pages(String path, String admin) {
    List<JsonNode> items = new ArrayList<>();
    int page = 1000;
    for (int first = 0; ; first += page) {
      JsonNode batch = list(path + "?first=" + first + "&max=" + page, admin);
      batch.forEach(items::add);
      if (batch.size() < page) {
        return items;
      }
    }
  }

  private static List<String> sorted(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values.stream().sorted().toList();
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> values = new TreeMap<>();
    if (object != null && object.isObject()) {
      object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
    }
    return values;
  }

  private static String differingSections(JsonNode one, JsonNode other) {
    Set<String> names = new HashSet<>();
    one.fieldNames().forEachRemaining(names::add);
    other.fieldNames().forEachRemaining(names::add);
    return names.stream()
        .filter(n -> !one.path(n).equals(other.path(n)))
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
