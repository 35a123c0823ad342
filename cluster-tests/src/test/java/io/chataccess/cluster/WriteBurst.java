package io.chataccess.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent admin writes to one realm. Every item gets a key of its own ({@code l-2-7}: kind,
 * writer, number) from which its whole content follows, so that for any item found later a reader
 * can tell whether it is whole; every write is logged with its answer: acknowledged (2xx), refused
 * (another status) or unanswered (the connection failed, as for a request in flight when the server
 * dies). A writer stops at its first unanswered request, or when told to.
 */
final class WriteBurst {

  /** What a write creates. */
  enum Kind {
    LICENSE,
    INBOX,
    ROLE,
    /** The second version of a role the same writer just created ({@code PUT}, If-Match 1). */
    ROLE_VERSION,
    /** An assignment of the base role to a user on the base inboxes. */
    ASSIGNMENT,
    /** An assignment of inline grants to a user on every inbox. */
    EXTRA_GRANTS,
    /** A seat of the pool license for a user. */
    SEAT
  }

  /**
   * One write: its key (for assignments the id answered, if any; for seats the username), the
   * answer's status (0 when none came), and when it was sent and ended ({@link System#nanoTime}).
   */
  record Write(Kind kind, String key, int status, long sentNanos, long endedNanos) {
    boolean acknowledged() {
      return status >= 200 && status < 300;
    }

    boolean answered() {
      return status != 0;
    }
  }

  static final Map<String, String> FIRST_GRANTS =
      Map.of("chat.handle", "all", "conversation.view", "own", "transcript.view", "all");
  static final Map<String, String> SECOND_GRANTS =
      Map.of(
          "chat.handle", "all",
          "conversation.view", "department",
          "conversation.join", "all",
          "transcript.view", "all");
  static final Map<String, String> EXTRA = Map.of("canned.use", "all", "presence.use", "all");
  static final List<String> LICENSE_CHANNELS = List.of("sms", "web");
  static final String INBOX_CHANNEL = "whatsapp";

  /** The realm's fixtures the writes refer to. */
  record Fixtures(
      String realm,
      String baseRoleId,
      List<String> baseInboxIds,
      String poolLicenseId,
      List<String> usernames,
      Map<String, String> userIds) {}

  private static final List<Kind> ROTATION =
      List.of(Kind.LICENSE, Kind.INBOX, Kind.ROLE, Kind.ASSIGNMENT, Kind.EXTRA_GRANTS, Kind.SEAT);

  private final CrashHttp http;
  private final String bearer;
  private final Fixtures fixtures;
  private final int writers;
  private final int roundsPerWriter;
  private final String base;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final AtomicInteger nextSeatUser = new AtomicInteger();
  private final Queue<Write> log = new ConcurrentLinkedQueue<>();
  private ExecutorService pool;

  /**
   * {@code writers} threads, each making at most {@code roundsPerWriter} items in the rotation
   * license, inbox, role (and its second version), assignment, extra grants, seat.
   */
  WriteBurst(CrashHttp http, String bearer, Fixtures fixtures, int writers, int roundsPerWriter) {
    this.http = http;
    this.bearer = bearer;
    this.fixtures = fixtures;
    this.writers = writers;
    this.roundsPerWriter = roundsPerWriter;
    this.base = "/admin/realms/" + fixtures.realm() + "/chat-access";
  }

  void start() {
    pool = Executors.newFixedThreadPool(writers);
    for (int w = 0; w < writers; w++) {
      int writer = w;
      pool.submit(() -> write(writer));
    }
  }

  int acknowledgedSoFar() {
    return acknowledged.get();
  }

  /** Tells the writers to stop and waits for them; answers the whole log. */
  List<Write> stop() throws InterruptedException {
    running.set(false);
    pool.shutdown();
    if (!pool.awaitTermination(3, TimeUnit.MINUTES)) {
      pool.shutdownNow();
      throw new IllegalStateException("writers still running");
    }
    return new ArrayList<>(log);
  }

  // ---- what each item must look like, from its key alone

  static String licenseName(String key) {
    return "License " + suffix(key);
  }

  static int licenseSeats(String key) {
    return 1 + Math.floorMod(key.hashCode(), 9);
  }

  static String inboxName(String key) {
    return "Inbox " + suffix(key);
  }

  static Map<String, String> inboxAttributes(String key) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("queue", "q-" + suffix(key));
    attributes.put("site", "s-" + suffix(key));
    attributes.put("tier", "t-" + suffix(key));
    return attributes;
  }

  static String roleName(String key) {
    return "Role " + suffix(key);
  }

  static String roleDescription(String key) {
    return "Burst role " + suffix(key);
  }

  private static String suffix(String key) {
    return key.substring(key.indexOf('-') + 1);
  }

  // ---- the writers

  private void write(int writer) {
    for (int round = 0; round < roundsPerWriter && running.get(); round++) {
      Kind kind = ROTATION.get(round % ROTATION.size());
      String suffix = writer + "-" + round;
      boolean answered =
          switch (kind) {
            case LICENSE -> license("l-" + suffix);
            case INBOX -> inbox("i-" + suffix);
            case ROLE -> role("r-" + suffix);
            case ASSIGNMENT -> assignment(writer, round, false);
            case EXTRA_GRANTS -> assignment(writer, round, true);
            case SEAT -> seat();
            case ROLE_VERSION -> throw new IllegalStateException("not in the rotation");
          };
      if (!answered) {
        return;
      }
    }
  }

  private boolean license(String key) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("key", key);
    body.put("name", licenseName(key));
    body.put("seats", licenseSeats(key));
    body.put("channels", LICENSE_CHANNELS);
    return send(Kind.LICENSE, key, "POST", base + "/licenses", body, null).isPresent();
  }

  private boolean inbox(String key) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("key", key);
    body.put("name", inboxName(key));
    body.put("type", "inbox");
    body.put("channel", INBOX_CHANNEL);
    body.put("attributes", inboxAttributes(key));
    return send(Kind.INBOX, key, "POST", base + "/inboxes", body, null).isPresent();
  }

  private boolean role(String key) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("key", key);
    body.put("name", roleName(key));
    body.put("description", roleDescription(key));
    body.put("requiresLicense", false);
    body.put("grants", FIRST_GRANTS);
    Optional<NodeClient.Reply> created = send(Kind.ROLE, key, "POST", base + "/roles", body, null);
    if (created.isEmpty()) {
      return false;
    }
    if (created.get().status() != 201 || !running.get()) {
      return true;
    }
    body.put("grants", SECOND_GRANTS);
    String id = created.get().body().get("id").asText();
    return send(Kind.ROLE_VERSION, key, "PUT", base + "/roles/" + id + "?mode=apply", body, "1")
        .isPresent();
  }

  private boolean assignment(int writer, int round, boolean extraGrants) {
    // each writer's assignments go to users of its own, so no two are alike
    int perWriter = (roundsPerWriter + ROTATION.size() - 1) / ROTATION.size();
    List<String> usernames = fixtures.usernames();
    String username =
        usernames.get((writer * perWriter + round / ROTATION.size()) % usernames.size());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", Map.of("type", "user", "id", fixtures.userIds().get(username)));
    if (extraGrants) {
      body.put("grants", EXTRA);
      body.put("scope", Map.of("type", "all"));
    } else {
      body.put("roleId", fixtures.baseRoleId());
      body.put("scope", Map.of("type", "inboxes", "inboxIds", fixtures.baseInboxIds()));
    }
    Kind kind = extraGrants ? Kind.EXTRA_GRANTS : Kind.ASSIGNMENT;
    return send(kind, null, "POST", base + "/assignments", body, null).isPresent();
  }

  private boolean seat() {
    int index = nextSeatUser.getAndIncrement();
    if (index >= fixtures.usernames().size()) {
      return true;
    }
    String username = fixtures.usernames().get(index);
    return send(
            Kind.SEAT,
            username,
            "POST",
            base + "/licenses/" + fixtures.poolLicenseId() + "/holders",
            Map.of("username", username),
            null)
        .isPresent();
  }

  private Optional<NodeClient.Reply> send(
      Kind kind, String key, String method, String path, Object body, String ifMatch) {
    long sent = System.nanoTime();
    Optional<NodeClient.Reply> reply =
        ifMatch == null
            ? http.send(method, path, bearer, body)
            : http.sendIfMatch(method, path, bearer, body, ifMatch);
    long ended = System.nanoTime();
    int status = reply.map(NodeClient.Reply::status).orElse(0);
    String logged = key;
    if (kind == Kind.ASSIGNMENT || kind == Kind.EXTRA_GRANTS) {
      logged = status == 201 ? reply.get().body().get("id").asText() : null;
    }
    log.add(new Write(kind, logged, status, sent, ended));
    if (status >= 200 && status < 300) {
      acknowledged.incrementAndGet();
    }
    return reply;
  }
}
