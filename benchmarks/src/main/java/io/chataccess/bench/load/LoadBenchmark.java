package io.chataccess.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi.Response;
import io.chataccess.bench.load.LoadRunner.Result;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The load benchmark against a running Keycloak (issue 8): imports the generated realm and its
 * chat-access document (timed), creates the benchmark clients, then measures the refresh-token
 * grant without our mapper, with it and with Keycloak's group membership mapper in interleaved
 * rounds, the SQL statements per grant, the admin API's effective-permission reads and the claim
 * sizes, and writes a markdown report. Started by {@code bench/load.sh}, which provides the server.
 */
public final class LoadBenchmark {

  static final String REALM = "scale";
  static final String CHAT_MAPPER = "chat-access-permissions-mapper";
  static final String GROUP_MAPPER = "oidc-group-membership-mapper";
  static final String PROBE = "/realms/master/chat-access-probe/statements";

  /** The three ways of issuing the same users' tokens. */
  enum Variant {
    PLAIN("bench-plain", "(a) no chat claim"),
    CHAT("bench-chat", "(b) chat mapper"),
    GROUPS("bench-groups", "(c) group membership mapper");

    final String clientId;
    final String label;

    Variant(String clientId, String label) {
      this.clientId = clientId;
      this.label = label;
    }
  }

  static final String CHAT_CHANNEL_CLIENT = "bench-chat-channel";
  static final String CHAT_NODE_CLIENT = "bench-chat-node";

  private final LoadSettings settings;
  private final KeycloakApi api;
  private final Markdown report = new Markdown();
  private final Map<String, String> targets = new LinkedHashMap<>();
  private final Properties users = new Properties();
  private List<String> sample;
  private final Map<String, String> userIds = new LinkedHashMap<>();
  private boolean viaRest;

  LoadBenchmark(LoadSettings settings) {
    this.settings = settings;
    this.api = new KeycloakApi(settings.baseUrl(), settings.adminUser(), settings.adminPassword());
    this.viaRest = settings.assignmentsViaRest();
  }

  public static void main(String[] args) throws Exception {
    LoadBenchmark benchmark = new LoadBenchmark(LoadSettings.fromEnvironment(System.getenv()));
    String text = benchmark.run();
    System.out.println(text);
  }

  String run() throws Exception {
    try (Reader reader =
        Files.newBufferedReader(settings.dataDir().resolve("bench-users.properties"))) {
      users.load(reader);
    }
    sample = List.of(users.getProperty("sample").split(","));
    setup();
    importRealm();
    importDocument();
    createClients();
    lookUpUsers();
    throughput();
    sqlStatements();
    adminReads();
    claimSizes();
    targetSummary();
    String text = report.toString();
    Files.createDirectories(settings.report().toAbsolutePath().getParent());
    Files.writeString(settings.report(), text);
    return text;
  }

  // --- setup ---------------------------------------------------------------------------------

  private void setup() {
    log("server info");
    JsonNode system =
        api.get("/admin/serverinfo").expect(200, "server info").json().get("systemInfo");
    report.heading(1, "Load benchmark: refresh-token grant, admin reads, claim sizes");
    report.paragraph(
        "Run of "
            + Instant.now()
            + " by `bench/load.sh` against a Keycloak server on PostgreSQL (issue 8).");
    report.heading(2, "Setup");
    report
        .bullet(
            "Machine: "
                + Runtime.getRuntime().availableProcessors()
                + " cores, "
                + memoryGiB()
                + " GiB RAM, "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.version")
                + "; load average at start "
                + loadAverage())
        .bullet(
            "Keycloak "
                + system.path("version").asText()
                + " on Java "
                + system.path("javaVersion").asText()
                + " ("
                + system.path("javaVendor").asText()
                + "); load driver on Java "
                + System.getProperty("java.version")
                + " on the same machine")
        .bullet(
            "Driver: "
                + settings.workers()
                + " concurrent workers (closed loop); first "
                + settings.serverWarmUp().toSeconds()
                + " s of unmeasured grants spread over (a), (b), (c) to warm the server up, then "
                + settings.rounds()
                + " rounds x (a, b, c), each "
                + settings.warmUp().toSeconds()
                + " s warm-up + "
                + settings.measure().toSeconds()
                + " s measured; "
                + sample.size()
                + " sample users, one session each per client; "
                + "HTTP/1.1, keep-alive")
        .bullet(
            "CI run (`/tmp/ci-check`) on the machine at start: " + (ciRunning() ? "yes" : "no"));
    for (String note : settings.setupNotes().split(";;")) {
      if (!note.isBlank()) {
        report.bullet(note.trim());
      }
    }
    report.end();
  }

  // --- import --------------------------------------------------------------------------------

  private void importRealm() throws IOException {
    String realmJson = Files.readString(settings.dataDir().resolve(REALM + "-realm.json"));
    if (api.get("/admin/realms/" + REALM).status() == 200) {
      log("deleting the existing realm " + REALM);
      api.delete("/admin/realms/" + REALM).expect(204, "delete realm");
    }
    log("importing the realm (POST /admin/realms, " + realmJson.length() / 1024 + " KiB)");
    long start = System.nanoTime();
    api.post("/admin/realms", realmJson).expect(201, "realm import");
    double seconds = seconds(start);
    log("realm imported in " + Markdown.decimal(seconds, 1) + " s");
    report.heading(2, "Import");
    report.table(
        List.of("step", "what", "seconds", "answer"),
        new ArrayList<>(
            List.of(
                List.of(
                    "Keycloak realm",
                    "`POST /admin/realms` with `"
                        + REALM
                        + "-realm.json` ("
                        + realmJson.length() / 1024
                        + " KiB: 200 groups, 10 realm roles, 10,001"
                        + " users, "
                        + (sample.size() + 3)
                        + " of them with a password)",
                    Markdown.decimal(seconds, 1),
                    "201"))));
  }

  private void importDocument() throws IOException {
    String document = Files.readString(settings.dataDir().resolve(REALM + ".chat-access.json"));
    JsonNode parsed = KeycloakApi.JSON.readTree(document);
    int keep = settings.documentAssignments();
    if (keep >= 0 && keep < parsed.get("assignments").size()) {
      com.fasterxml.jackson.databind.node.ArrayNode assignments =
          (com.fasterxml.jackson.databind.node.ArrayNode) parsed.get("assignments");
      while (assignments.size() > keep) {
        assignments.remove(assignments.size() - 1);
      }
      document = KeycloakApi.json(parsed);
      report.paragraph(
          "**Smoke run: the document was cut to its first "
              + keep
              + " assignments"
              + " (LOAD_DOCUMENT_ASSIGNMENTS); the figures below are not those of the scale"
              + " realm.**");
    }
    String shape =
        countNodes(parsed.get("inboxes"))
            + " nodes, "
            + parsed.get("roles").size()
            + " roles, "
            + parsed.get("assignments").size()
            + " assignments, "
            + document.length() / 1024
            + " KiB";
    com.fasterxml.jackson.databind.node.ArrayNode restAssignments = null;
    if (viaRest) {
      restAssignments = (com.fasterxml.jackson.databind.node.ArrayNode) parsed.get("assignments");
      ((com.fasterxml.jackson.databind.node.ObjectNode) parsed).remove("assignments");
      document = KeycloakApi.json(parsed);
      shape += "; **without its assignments**, which follow through the REST API";
      report.paragraph(
          "LOAD_ASSIGNMENTS_VIA=rest: the document was imported without its "
              + restAssignments.size()
              + " assignments, and these were then created one request"
              + " each with `POST /admin/realms/"
              + REALM
              + "/chat-access/assignments` ("
              + settings.workers()
              + " workers): the same end state, because the import of the"
              + " whole document takes too long to wait for (see docs/load-benchmark.md).");
    }
    long statementsBefore = statements();
    log("importing the chat-access document (" + shape + ")");
    double first;
    Response answer;
    boolean failed = false;
    StackSampler sampler = new StackSampler(settings.keycloakPid(), 5000);
    long statementsAfter;
    try {
      long start = System.nanoTime();
      answer = api.put("/admin/realms/" + REALM + "/chat-access/document", document);
      first = seconds(start);
    } finally {
      sampler.close();
    }
    statementsAfter = statements();
    if (answer.status() != 200 && !viaRest) {
      log(
          "the whole document failed after "
              + Markdown.decimal(first, 1)
              + " s: "
              + answer.abbreviated());
      importStep(
          "chat-access document, `PUT` of the whole document",
          "`PUT /admin/realms/" + REALM + "/chat-access/document`: " + shape,
          Markdown.decimal(first, 1),
          "**HTTP "
              + answer.status()
              + "** "
              + answer.abbreviated()
              + "; "
              + (statementsAfter - statementsBefore)
              + " SQL statements prepared");
      targets.put(
          "Document import under 60 s",
          "**missed**: the whole document did not import; HTTP "
              + answer.status()
              + " after "
              + Markdown.decimal(first, 1)
              + " s"
              + (answer.status() == 503 ? " (the server's transaction timeout)" : ""));
      if (sampler.samples() > 0) {
        stackReport(sampler);
      }
      failed = true;
    }
    if (failed) {
      viaRest = true;
      importDocument();
      return;
    }
    answer.expect(200, "document import");
    log("document imported in " + Markdown.decimal(first, 1) + " s");
    JsonNode changes = answer.json().get("changes");
    importStep(
        "chat-access document, first `PUT`",
        "`PUT /admin/realms/" + REALM + "/chat-access/document`: " + shape,
        Markdown.decimal(first, 1),
        "changed="
            + answer.json().path("changed").asText()
            + ", "
            + changes.size()
            + " changes, "
            + (statementsAfter - statementsBefore)
            + " SQL statements prepared");
    if (restAssignments == null) {
      targets.put(
          "Document import under 60 s",
          (first < 60 ? "met" : "**missed**") + ": " + Markdown.decimal(first, 1) + " s");
    } else {
      targets.putIfAbsent(
          "Document import under 60 s",
          "not measured in this run (LOAD_ASSIGNMENTS_VIA=rest); see docs/load-benchmark.md");
    }
    if (sampler.samples() > 0) {
      stackReport(sampler);
    }
    long statementsBefore2 = statements();
    long start = System.nanoTime();
    Response second = api.put("/admin/realms/" + REALM + "/chat-access/document", document);
    double again = seconds(start);
    long statementsAfter2 = statements();
    second.expect(200, "second document import");
    log("identical document again in " + Markdown.decimal(again, 1) + " s");
    importStep(
        "same document, second `PUT`",
        "identical body: should change nothing",
        Markdown.decimal(again, 1),
        "changed="
            + second.json().path("changed").asText()
            + ", "
            + second.json().get("changes").size()
            + " changes, "
            + (statementsAfter2 - statementsBefore2)
            + " SQL statements prepared");
    if (restAssignments != null) {
      postAssignments(restAssignments);
    }
  }

  private void postAssignments(com.fasterxml.jackson.databind.node.ArrayNode assignments) {
    RestAssignments rest = new RestAssignments(api, REALM);
    log("reading ids for " + assignments.size() + " assignments");
    long start = System.nanoTime();
    rest.resolveIds();
    double resolve = seconds(start);
    log("posting " + assignments.size() + " assignments");
    AtomicLong errors = new AtomicLong();
    Map<String, Long> problems = new java.util.concurrent.ConcurrentHashMap<>();
    long posting = System.nanoTime();
    parallel(
        assignments.size(),
        i -> {
          String error = rest.post(assignments.get(i));
          if (error != null) {
            errors.incrementAndGet();
            if (problems.size() < 5) {
              problems.merge(error, 1L, Long::sum);
            }
          }
          return null;
        });
    double post = seconds(posting);
    log("assignments posted in " + Markdown.decimal(post, 1) + " s, errors " + errors.get());
    report.table(
        List.of("step", "what", "seconds", "answer"),
        List.of(
            List.of(
                "ids for the assignments",
                "nodes, roles, users (one list call each), group and realm role ids",
                Markdown.decimal(resolve, 1),
                rest.nodes() + " nodes"),
            List.of(
                "assignments via REST",
                assignments.size()
                    + " x `POST .../chat-access/assignments`, "
                    + settings.workers()
                    + " workers",
                Markdown.decimal(post, 1),
                Markdown.decimal(assignments.size() / post, 0)
                    + " per s, "
                    + errors.get()
                    + " errors")));
    if (errors.get() > 0) {
      throw new IllegalStateException("assignments failed: " + problems);
    }
  }

  private void stackReport(StackSampler sampler) {
    report.paragraph(
        "Where the server spent the first `PUT` ("
            + sampler.samples()
            + " `jstack` samples, every 5 s, of the threads inside `io.chataccess`): innermost"
            + " frame of ours, then the frame on top of the stack. "
            + sampler.autoFlushes()
            + " of "
            + sampler.ourThreads()
            + " stacks were inside Hibernate's auto-flush before a query"
            + " (`DefaultAutoFlushEventListener.onAutoFlush`).");
    List<List<String>> rows = new ArrayList<>();
    sampler.ourFrames(8).forEach(e -> rows.add(List.of("`" + e.getKey() + "`", "" + e.getValue())));
    report.table(List.of("innermost io.chataccess frame", "samples"), rows);
    rows.clear();
    sampler.topFrames(8).forEach(e -> rows.add(List.of("`" + e.getKey() + "`", "" + e.getValue())));
    report.table(List.of("top frame", "samples"), rows);
  }

  private static int countNodes(JsonNode nodes) {
    int count = 0;
    if (nodes != null) {
      for (JsonNode node : nodes) {
        count += 1 + countNodes(node.get("children"));
      }
    }
    return count;
  }

  // --- clients and users -----------------------------------------------------------------------

  private void createClients() {
    log("creating the benchmark clients");
    String realm = "/admin/realms/" + REALM;
    JsonNode scopes = api.get(realm + "/client-scopes").expect(200, "client scopes").json();
    boolean chatScope = false;
    for (JsonNode scope : scopes) {
      chatScope |= "chat".equals(scope.path("name").asText());
    }
    List<String> defaults = names(api.get(realm + "/default-default-client-scopes").json());
    createClient(Variant.PLAIN.clientId, List.of());
    createClient(Variant.CHAT.clientId, List.of(chatMapper(Map.of())));
    createClient(Variant.GROUPS.clientId, List.of(groupMapper()));
    createClient(
        CHAT_CHANNEL_CLIENT,
        List.of(chatMapper(Map.of("chat.channels", settings.channelFilter()))));
    createClient(
        CHAT_NODE_CLIENT, List.of(chatMapper(Map.of("chat.nodes", settings.nodeFilter()))));
    String plainId = clientUuid(Variant.PLAIN.clientId);
    List<String> plainScopes =
        names(api.get(realm + "/clients/" + plainId + "/default-client-scopes").json());
    List<String> plainOptional =
        names(api.get(realm + "/clients/" + plainId + "/optional-client-scopes").json());
    report.heading(2, "Clients");
    report.paragraph(
        "Public clients with direct access grants (the password grant opens one session per user"
            + " and client; the load then uses the refresh-token grant). No `openid` scope is"
            + " requested, so each grant issues one access token (and a refresh token), no ID"
            + " token. Realm `"
            + REALM
            + "` has our `chat` client scope: "
            + (chatScope ? "yes" : "no")
            + "; realm default client scopes: "
            + String.join(", ", defaults)
            + ". Default scopes of `bench-plain`: "
            + String.join(", ", plainScopes)
            + "; optional: "
            + String.join(", ", plainOptional)
            + ". So `chat` reaches a token only through the mappers below.");
    report.table(
        List.of("client", "protocol mappers of its own"),
        List.of(
            List.of("`" + Variant.PLAIN.clientId + "`", "none"),
            List.of(
                "`" + Variant.CHAT.clientId + "`",
                "`" + CHAT_MAPPER + "`, defaults (inbox limit 200)"),
            List.of(
                "`" + Variant.GROUPS.clientId + "`",
                "`" + GROUP_MAPPER + "`, claim `groups`, full path"),
            List.of(
                "`" + CHAT_CHANNEL_CLIENT + "`",
                "`" + CHAT_MAPPER + "`, channels = " + settings.channelFilter()),
            List.of(
                "`" + CHAT_NODE_CLIENT + "`",
                "`" + CHAT_MAPPER + "`, nodes = " + settings.nodeFilter())));
    if (plainScopes.contains("chat")) {
      throw new IllegalStateException("the chat scope is a default scope of bench-plain");
    }
  }

  private static List<String> names(JsonNode scopes) {
    List<String> names = new ArrayList<>();
    scopes.forEach(scope -> names.add(scope.path("name").asText()));
    return names;
  }

  private void createClient(String clientId, List<Map<String, Object>> mappers) {
    String realm = "/admin/realms/" + REALM;
    JsonNode existing = api.get(realm + "/clients?clientId=" + clientId).json();
    if (existing.size() > 0) {
      api.delete(realm + "/clients/" + existing.get(0).get("id").asText());
    }
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("clientId", clientId);
    client.put("publicClient", true);
    client.put("standardFlowEnabled", false);
    client.put("directAccessGrantsEnabled", true);
    client.put("protocolMappers", mappers);
    api.post(realm + "/clients", KeycloakApi.json(client)).expect(201, "client " + clientId);
  }

  private String clientUuid(String clientId) {
    return api.get("/admin/realms/" + REALM + "/clients?clientId=" + clientId)
        .json()
        .get(0)
        .get("id")
        .asText();
  }

  private static Map<String, Object> chatMapper(Map<String, String> options) {
    Map<String, String> config = new LinkedHashMap<>(tokenSwitches());
    config.put("claim.name", "chat");
    config.putAll(options);
    return mapper("chat", CHAT_MAPPER, config);
  }

  private static Map<String, Object> groupMapper() {
    Map<String, String> config = new LinkedHashMap<>(tokenSwitches());
    config.put("claim.name", "groups");
    config.put("full.path", "true");
    return mapper("groups", GROUP_MAPPER, config);
  }

  private static Map<String, String> tokenSwitches() {
    return Map.of(
        "access.token.claim", "true",
        "id.token.claim", "true",
        "userinfo.token.claim", "true",
        "introspection.token.claim", "true");
  }

  private static Map<String, Object> mapper(String name, String type, Map<String, String> config) {
    Map<String, Object> mapper = new LinkedHashMap<>();
    mapper.put("name", name);
    mapper.put("protocol", "openid-connect");
    mapper.put("protocolMapper", type);
    mapper.put("config", config);
    return mapper;
  }

  private void lookUpUsers() {
    log("looking up user ids");
    List<String> names = new ArrayList<>(sample);
    names.addAll(List.of(user("typical"), user("supervisor"), user("heaviest")));
    for (String name : names) {
      JsonNode found =
          api.get("/admin/realms/" + REALM + "/users?exact=true&username=" + name)
              .expect(200, "user " + name)
              .json();
      if (found.size() != 1) {
        throw new IllegalStateException("user " + name + " not found");
      }
      userIds.put(name, found.get(0).get("id").asText());
    }
  }

  private String user(String role) {
    return users.getProperty(role);
  }

  // --- refresh-token grant --------------------------------------------------------------------

  private AtomicReferenceArray<String> sessions(String clientId, List<String> usernames) {
    AtomicReferenceArray<String> tokens = new AtomicReferenceArray<>(usernames.size());
    parallel(
        usernames.size(),
        i -> {
          Response response = passwordGrant(clientId, usernames.get(i));
          response.expect(200, "password grant of " + usernames.get(i) + " at " + clientId);
          tokens.set(i, response.json().get("refresh_token").asText());
          return null;
        });
    return tokens;
  }

  private Response passwordGrant(String clientId, String username) {
    return api.token(
        REALM,
        Map.of(
            "grant_type",
            "password",
            "client_id",
            clientId,
            "username",
            username,
            "password",
            settings.password()));
  }

  /** One refresh grant on a slot of sessions: null when fine, else the problem. */
  private String refresh(String clientId, AtomicReferenceArray<String> tokens, int slot) {
    Response response =
        api.token(
            REALM,
            Map.of(
                "grant_type",
                "refresh_token",
                "client_id",
                clientId,
                "refresh_token",
                tokens.get(slot)));
    if (response.status() != 200) {
      return "HTTP " + response.status() + " " + response.abbreviated();
    }
    String access = field(response.body(), "access_token");
    if (access == null || access.isEmpty()) {
      return "200 without an access token";
    }
    String refreshed = field(response.body(), "refresh_token");
    if (refreshed != null) {
      tokens.set(slot, refreshed);
    }
    return null;
  }

  /**
   * Runs every variant, unmeasured, before the first round: the server's JIT compiles the token
   * path in the first minute, which would otherwise favour whatever runs last in round 1.
   */
  private void warmUpServer(Variant[] all) {
    if (settings.serverWarmUp().isZero()) {
      return;
    }
    Duration each = settings.serverWarmUp().dividedBy(all.length);
    for (Variant variant : all) {
      AtomicReferenceArray<String> tokens = sampleSessions.get(variant);
      log("server warm-up " + variant.label + ": " + each.toSeconds() + " s");
      LoadRunner.run(
          settings.workers(),
          each,
          sequence -> refresh(variant.clientId, tokens, (int) (sequence % tokens.length())));
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** One step of the import, as a table of its own in the report. */
  private void importStep(String step, String what, String seconds, String answer) {
    report.table(
        List.of("step", "what", "seconds", "answer"),
        List.of(List.of(step, what, seconds, answer)));
  }

  /** A string field of a flat JSON answer, without parsing it (the driver shares the CPUs). */
  static String field(String json, String name) {
    String marker = "\"" + name + "\":\"";
    int start = json.indexOf(marker);
    if (start < 0) {
      return null;
    }
    start += marker.length();
    int end = json.indexOf('"', start);
    return end < 0 ? null : json.substring(start, end);
  }

  private final Map<Variant, AtomicReferenceArray<String>> sampleSessions =
      new EnumMap<>(Variant.class);

  private void throughput() {
    for (Variant variant : Variant.values()) {
      log("opening " + sample.size() + " sessions at " + variant.clientId);
      sampleSessions.put(variant, sessions(variant.clientId, sample));
    }
    checkClaims();
    Variant[] all = Variant.values();
    warmUpServer(all);
    Map<Variant, List<Result>> results = new EnumMap<>(Variant.class);
    List<List<String>> roundRows = new ArrayList<>();
    List<Double> chatRatios = new ArrayList<>();
    for (int round = 0; round < settings.rounds(); round++) {
      Map<Variant, Result> thisRound = new EnumMap<>(Variant.class);
      String load = loadAverage();
      boolean ci = ciRunning();
      for (int i = 0; i < all.length; i++) {
        Variant variant = all[(i + round) % all.length];
        AtomicReferenceArray<String> tokens = sampleSessions.get(variant);
        LoadRunner.Call call =
            sequence -> refresh(variant.clientId, tokens, (int) (sequence % tokens.length()));
        log("round " + (round + 1) + " " + variant.label + ": warm-up");
        LoadRunner.run(settings.workers(), settings.warmUp(), call);
        log("round " + (round + 1) + " " + variant.label + ": measuring");
        Result result = LoadRunner.run(settings.workers(), settings.measure(), call);
        log(
            "  "
                + Markdown.decimal(result.throughput(), 1)
                + "/s, errors "
                + result.errors()
                + ", p99 "
                + Latencies.Summary.millis(result.latencies().summary().p99())
                + " ms");
        thisRound.put(variant, result);
        results.computeIfAbsent(variant, v -> new ArrayList<>()).add(result);
      }
      double plain = thisRound.get(Variant.PLAIN).throughput();
      chatRatios.add(thisRound.get(Variant.CHAT).throughput() / plain);
      roundRows.add(
          List.of(
              "" + (round + 1),
              orderOf(round),
              Markdown.decimal(plain, 1),
              Markdown.decimal(thisRound.get(Variant.CHAT).throughput(), 1),
              Markdown.decimal(thisRound.get(Variant.GROUPS).throughput(), 1),
              Markdown.percent(thisRound.get(Variant.CHAT).throughput() / plain),
              Markdown.percent(thisRound.get(Variant.GROUPS).throughput() / plain),
              load + (ci ? ", CI running" : "")));
    }
    report.heading(2, "Refresh-token grant");
    report.paragraph(
        "Same "
            + sample.size()
            + " users, one session per user and client; "
            + settings.workers()
            + " workers; every answer must be 200 with an access token, anything else counts as an"
            + " error. Latency in ms of successful requests; throughput = successful requests per"
            + " second of measurement, over all rounds.");
    Map<Variant, Result> merged = new EnumMap<>(Variant.class);
    results.forEach((variant, list) -> merged.put(variant, Result.merge(list)));
    double plain = merged.get(Variant.PLAIN).throughput();
    List<List<String>> rows = new ArrayList<>();
    for (Variant variant : all) {
      Result result = merged.get(variant);
      Latencies.Summary s = result.latencies().summary();
      rows.add(
          List.of(
              variant.label + " `" + variant.clientId + "`",
              "" + (result.ok() + result.errors()),
              "" + result.errors(),
              Markdown.decimal(result.throughput(), 1),
              Latencies.Summary.millis(s.p50()),
              Latencies.Summary.millis(s.p90()),
              Latencies.Summary.millis(s.p99()),
              Latencies.Summary.millis(s.max()),
              Markdown.percent(result.throughput() / plain)));
    }
    report.table(
        List.of("variant", "requests", "errors", "per s", "p50", "p90", "p99", "max", "vs (a)"),
        rows);
    report.paragraph(
        "Per round (order rotates so that no variant always runs first); median of the rounds'"
            + " (b)/(a): "
            + Markdown.percent(median(chatRatios))
            + ":");
    report.table(
        List.of("round", "order", "(a) /s", "(b) /s", "(c) /s", "(b)/(a)", "(c)/(a)", "load avg"),
        roundRows);
    merged.forEach(
        (variant, result) -> {
          if (!result.errorSamples().isEmpty()) {
            report.paragraph(
                "Errors of " + variant.label + ": " + result.errorSamples().toString());
          }
        });
    double ratio = merged.get(Variant.CHAT).throughput() / plain;
    targets.put(
        "Refresh grant with our mapper at least 95 % of without",
        (ratio >= 0.95 ? "met" : "**missed**")
            + ": "
            + Markdown.percent(ratio)
            + " over all rounds, median of the rounds "
            + Markdown.percent(median(chatRatios))
            + " (group membership mapper: "
            + Markdown.percent(merged.get(Variant.GROUPS).throughput() / plain)
            + ")");
  }

  private String orderOf(int round) {
    Variant[] all = Variant.values();
    StringBuilder order = new StringBuilder();
    for (int i = 0; i < all.length; i++) {
      order.append(all[(i + round) % all.length].label, 0, 3);
    }
    return order.toString();
  }

  /** The first sample user's tokens carry the claim each variant promises, and no other. */
  private void checkClaims() {
    for (Variant variant : Variant.values()) {
      Response response = passwordGrant(variant.clientId, sample.get(0));
      JsonNode payload = Jwt.payload(response.json().get("access_token").asText());
      boolean chat = payload.has("chat");
      boolean groups = payload.has("groups");
      if (chat != (variant == Variant.CHAT) || groups != (variant == Variant.GROUPS)) {
        throw new IllegalStateException(
            variant.clientId + ": chat claim " + chat + ", groups claim " + groups);
      }
    }
  }

  // --- SQL statements ----------------------------------------------------------------------------

  private long statements() {
    return api.getPublic(PROBE).expect(200, "probe").json().get("prepared").asLong();
  }

  private void sqlStatements() {
    log("counting SQL statements per refresh grant");
    int n = settings.sqlRequests();
    long idle = 0;
    for (int i = 0; i < 3; i++) {
      long before = statements();
      idle += statements() - before;
    }
    double probeCost = idle / 3.0;
    Map<String, List<String>> who = new LinkedHashMap<>();
    who.put("sample (round robin over " + sample.size() + ")", sample);
    who.put("typical `" + user("typical") + "`", List.of(user("typical")));
    who.put("supervisor `" + user("supervisor") + "`", List.of(user("supervisor")));
    who.put("heaviest `" + user("heaviest") + "`", List.of(user("heaviest")));
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : who.entrySet()) {
      List<String> row = new ArrayList<>(List.of(entry.getKey()));
      for (Variant variant : Variant.values()) {
        AtomicReferenceArray<String> tokens =
            entry.getValue() == sample
                ? sampleSessions.get(variant)
                : sessions(variant.clientId, entry.getValue());
        for (int i = 0; i < 5; i++) {
          requireOk(refresh(variant.clientId, tokens, i % tokens.length()));
        }
        long before = statements();
        for (int i = 0; i < n; i++) {
          requireOk(refresh(variant.clientId, tokens, i % tokens.length()));
        }
        long counted = statements() - before;
        row.add(Markdown.decimal((counted - probeCost) / n, 2));
      }
      rows.add(row);
    }
    report.heading(2, "SQL statements per refresh grant");
    report.paragraph(
        "Statements Hibernate prepared (test-only `keycloak-probe`, Hibernate statistics) over "
            + n
            + " sequential refresh grants after 5 warm ones, divided by "
            + n
            + "; warm caches. Two probe calls in a row differ by "
            + Markdown.decimal(probeCost, 2)
            + " statements (subtracted). Statistics were on"
            + " for the whole run (the probe switches them on at its first call), equally for"
            + " every variant.");
    List<String> header = new ArrayList<>(List.of("user"));
    for (Variant variant : Variant.values()) {
      header.add(variant.label);
    }
    report.table(header, rows);
  }

  private static void requireOk(String error) {
    if (error != null) {
      throw new IllegalStateException(error);
    }
  }

  // --- admin reads -------------------------------------------------------------------------------

  private void adminReads() {
    log("admin API: effective permissions");
    List<String> ids = sample.stream().map(userIds::get).toList();
    AtomicLong bytes = new AtomicLong();
    LoadRunner.Call call =
        sequence -> {
          String id = ids.get((int) (sequence % ids.size()));
          Response response =
              api.get("/admin/realms/" + REALM + "/chat-access/users/" + id + "/effective");
          if (response.status() != 200) {
            return "HTTP " + response.status() + " " + response.abbreviated();
          }
          if (!response.body().contains("\"inboxes\"")) {
            return "200 without inboxes";
          }
          bytes.addAndGet(response.body().length());
          return null;
        };
    Duration warmUp =
        settings.warmUp().compareTo(Duration.ofSeconds(10)) > 0
            ? Duration.ofSeconds(10)
            : settings.warmUp();
    LoadRunner.run(settings.workers(), warmUp, call);
    bytes.set(0);
    Result result = LoadRunner.run(settings.workers(), settings.adminMeasure(), call);
    Latencies.Summary s = result.latencies().summary();
    report.heading(2, "Admin API: effective permissions");
    report.paragraph(
        "`GET /admin/realms/"
            + REALM
            + "/chat-access/users/{id}/effective` over the "
            + sample.size()
            + " sample users, "
            + settings.workers()
            + " workers, "
            + settings.adminMeasure().toSeconds()
            + " s after "
            + warmUp.toSeconds()
            + " s warm-up; master admin token (renewed every 30 s). Latency in ms.");
    report.table(
        List.of("requests", "errors", "per s", "p50", "p90", "p99", "max", "mean answer bytes"),
        List.of(
            List.of(
                "" + (result.ok() + result.errors()),
                "" + result.errors(),
                Markdown.decimal(result.throughput(), 1),
                Latencies.Summary.millis(s.p50()),
                Latencies.Summary.millis(s.p90()),
                Latencies.Summary.millis(s.p99()),
                Latencies.Summary.millis(s.max()),
                result.ok() == 0 ? "-" : "" + bytes.get() / result.ok())));
    List<List<String>> single = new ArrayList<>();
    for (String role : List.of("typical", "supervisor", "heaviest")) {
      String id = userIds.get(user(role));
      Latencies latencies = new Latencies();
      int size = 0;
      for (int i = 0; i < 20; i++) {
        long begin = System.nanoTime();
        Response response =
            api.get("/admin/realms/" + REALM + "/chat-access/users/" + id + "/effective")
                .expect(200, "effective of " + role);
        latencies.add(System.nanoTime() - begin);
        size = response.body().length();
      }
      single.add(
          List.of(
              role + " `" + user(role) + "`",
              Latencies.Summary.millis(latencies.summary().p50()),
              "" + size));
    }
    report.paragraph("One at a time (20 sequential reads each):");
    report.table(List.of("user", "p50 ms", "answer bytes"), single);
    if (!result.errorSamples().isEmpty()) {
      report.paragraph("Errors: " + result.errorSamples());
    }
  }

  // --- claim sizes -------------------------------------------------------------------------------

  private void claimSizes() {
    log("claim sizes");
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("none (defaults)", Variant.CHAT.clientId);
    filters.put("channel " + settings.channelFilter(), CHAT_CHANNEL_CLIENT);
    filters.put("node " + settings.nodeFilter(), CHAT_NODE_CLIENT);
    List<List<String>> claimRows = new ArrayList<>();
    List<List<String>> tokenRows = new ArrayList<>();
    int largest = 0;
    for (String role : List.of("typical", "supervisor", "heaviest")) {
      String username = user(role);
      for (Map.Entry<String, String> filter : filters.entrySet()) {
        String jwt = accessToken(filter.getValue(), username);
        JsonNode payload = Jwt.payload(jwt);
        JsonNode chat = payload.path("chat");
        int claimBytes = Jwt.claimBytes(payload, "chat");
        largest = Math.max(largest, claimBytes);
        claimRows.add(
            List.of(
                role + " `" + username + "`",
                filter.getKey(),
                "" + claimBytes,
                "" + chat.path("inboxes").size(),
                chat.path("complete").asText(),
                "" + jwt.length()));
        if (role.equals("typical") && filter.getValue().equals(Variant.CHAT.clientId)) {
          targets.put(
              "Claim of a typical agent under 600 bytes",
              (claimBytes < 600 ? "met" : "**missed**") + ": " + claimBytes + " bytes");
        }
      }
      String plain = accessToken(Variant.PLAIN.clientId, username);
      String chat = accessToken(Variant.CHAT.clientId, username);
      String groups = accessToken(Variant.GROUPS.clientId, username);
      tokenRows.add(
          List.of(
              role + " `" + username + "`",
              "" + plain.length(),
              "" + chat.length(),
              "" + groups.length(),
              "" + Jwt.claimBytes(Jwt.payload(groups), "groups")));
    }
    targets.put(
        "Claim under 8 KB for anyone",
        (largest < 8192 ? "met" : "**missed**") + ": largest " + largest + " bytes");
    report.heading(2, "Claim size");
    report.paragraph(
        "Bytes of the `chat` claim as compact JSON (UTF-8, before base64) and of the whole access"
            + " token (the JWT string, RS256), from tokens the server issued. Inbox limit 200 (the"
            + " default) for every client.");
    report.table(
        List.of(
            "user",
            "filter",
            "chat claim bytes",
            "inboxes listed",
            "complete",
            "access token bytes"),
        claimRows);
    report.paragraph("The whole access token per variant, same users:");
    report.table(
        List.of("user", "(a) plain", "(b) chat", "(c) groups", "groups claim bytes"), tokenRows);
  }

  private String accessToken(String clientId, String username) {
    return passwordGrant(clientId, username)
        .expect(200, "token of " + username + " at " + clientId)
        .json()
        .get("access_token")
        .asText();
  }

  private void targetSummary() {
    report.heading(2, "Targets (reported, never asserted)");
    targets.forEach((target, outcome) -> report.bullet(target + ": " + outcome));
    report.bullet(
        "Load average at the end: "
            + loadAverage()
            + "; CI run on the machine at the end: "
            + (ciRunning() ? "yes" : "no"));
    report.end();
  }

  // --- helpers -----------------------------------------------------------------------------------

  private void parallel(int count, IntFunction<Void> task) {
    ExecutorService pool = Executors.newFixedThreadPool(settings.workers());
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> task.apply(index)));
      }
      for (Future<Void> future : futures) {
        future.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String memoryGiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return Markdown.decimal(kib / 1024.0 / 1024.0, 0);
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "?";
  }

  static boolean ciRunning() {
    return ProcessHandle.allProcesses()
        .anyMatch(p -> p.info().commandLine().map(c -> c.contains("/tmp/ci-check")).orElse(false));
  }

  private static void log(String message) {
    System.err.println("[load " + java.time.LocalTime.now().withNano(0) + "] " + message);
  }
}
