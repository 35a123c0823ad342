package io.chataccess.bench.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi;
import io.chataccess.bench.load.Latencies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Times one search (all its pages) in sequential requests, and checks its results against the
 * expected set and by evaluation (the run fails on a difference).
 */
final class SearchProbe {

  static final List<String> COLUMNS =
      List.of(
          "asked for",
          "which",
          "results",
          "first request",
          "requests",
          "p50",
          "p90",
          "p99",
          "max",
          "checked");

  /** One search's figures. */
  record Result(
      String target, String which, int results, long first, Latencies samples, String checked) {
    List<String> row() {
      return List.of(
          "`" + target + "`",
          which,
          String.valueOf(results),
          Log.millis(first),
          String.valueOf(samples.count()),
          Log.millis(samples.percentile(50)),
          Log.millis(samples.percentile(90)),
          "**" + Log.millis(samples.percentile(99)) + "**",
          Log.millis(samples.max()),
          checked);
    }
  }

  private final AuthzenSettings settings;
  private final Pdp pdp;
  private final String base;
  private final String action;
  private final KeycloakApi admin;
  private final String realm;
  private final Map<String, String> usernames = new HashMap<>();

  SearchProbe(AuthzenSettings settings, Pdp pdp, KeycloakApi admin, String realm, String action) {
    this.settings = settings;
    this.pdp = pdp;
    this.admin = admin;
    this.base = "/realms/" + realm + "/chat-access/authzen/access/v1/";
    this.action = action;
    this.realm = realm;
  }

  /** Users who may do the action in the inbox. */
  Result subjects(String inbox, String which, ScaleExpectations expected) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("subject", Map.of("type", "user"));
    request.put("action", Map.of("name", action));
    request.put("resource", Map.of("type", "inbox", "id", inbox));
    Log.log("subject search for " + inbox + " (" + which + ")");
    Timed timed = time("search/subject", request);
    Set<String> found = new TreeSet<>();
    timed.ids.forEach(id -> found.add(username(id)));
    Set<String> wanted = expected.usersOf(inbox);
    if (!found.equals(wanted)) {
      throw new IllegalStateException(
          "subject search " + inbox + ": " + found.size() + " users, expected " + wanted.size());
    }
    int confirmed = 0;
    for (String id : timed.ids.subList(0, Math.min(3, timed.ids.size()))) {
      confirm(id, inbox, true);
      confirmed++;
    }
    int denied = 0;
    for (int i = 0; denied < 3; i++) {
      String user = "user-" + i;
      if (!wanted.contains(user)) {
        confirm(user, inbox, false);
        denied++;
      }
    }
    return new Result(
        inbox,
        which,
        found.size(),
        timed.first,
        timed.samples,
        checks(confirmed, denied, wanted.size()));
  }

  /** Inboxes where the user may do the action. */
  Result resources(String user, String which, ScaleExpectations expected) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("subject", Map.of("type", "user", "id", user));
    request.put("action", Map.of("name", action));
    request.put("resource", Map.of("type", "inbox"));
    Log.log("resource search for " + user + " (" + which + ")");
    Timed timed = time("search/resource", request);
    Set<String> found = new TreeSet<>(timed.ids);
    Set<String> wanted = expected.inboxesOf(user);
    if (!found.equals(wanted)) {
      throw new IllegalStateException(
          "resource search " + user + ": " + found.size() + " inboxes, expected " + wanted.size());
    }
    int confirmed = 0;
    for (String inbox : timed.ids.subList(0, Math.min(3, timed.ids.size()))) {
      confirm(user, inbox, true);
      confirmed++;
    }
    int denied = 0;
    List<String> inboxes = expected.inboxKeys();
    for (int i = 0; denied < 3 && i < inboxes.size(); i++) {
      String inbox = inboxes.get(i);
      if (!wanted.contains(inbox)) {
        confirm(user, inbox, false);
        denied++;
      }
    }
    return new Result(
        user,
        which,
        found.size(),
        timed.first,
        timed.samples,
        checks(confirmed, denied, wanted.size()));
  }

  private static String checks(int confirmed, int denied, int wanted) {
    return "= resolver's "
        + wanted
        + "; "
        + confirmed
        + " true + "
        + denied
        + " false by evaluation";
  }

  private record Timed(long first, Latencies samples, List<String> ids) {}

  /**
   * The first request alone, then the warm-up and the measured requests while the search's time
   * budget (counted from the end of the first request) lasts ({@code
   * AUTHZEN_SEARCH_BUDGET_SECONDS}): a slow search makes fewer requests.
   */
  private Timed time(String endpoint, Map<String, Object> request) {
    long began = System.nanoTime();
    List<String> ids = all(endpoint, request);
    long first = System.nanoTime() - began;
    Log.log("first request " + Log.millis(first) + ", " + ids.size() + " results");
    long deadline = System.nanoTime() + settings.searchBudgetSeconds() * 1_000_000_000L;
    for (int i = 1; i < settings.searchWarmup() && System.nanoTime() < deadline; i++) {
      all(endpoint, request);
    }
    Latencies samples = new Latencies();
    for (int i = 0; i < settings.searches() && System.nanoTime() < deadline; i++) {
      long start = System.nanoTime();
      List<String> answer = all(endpoint, request);
      samples.add(System.nanoTime() - start);
      if (!ids.equals(answer)) {
        throw new IllegalStateException(endpoint + ": the answer changed between requests");
      }
    }
    Log.log(samples.count() + " measured, p50 " + Log.millis(samples.percentile(50)));
    return new Timed(first, samples, ids);
  }

  /** Every page of the search: the results' ids in order. */
  private List<String> all(String endpoint, Map<String, Object> request) {
    List<String> ids = new ArrayList<>();
    String token = "";
    do {
      Map<String, Object> paged = new LinkedHashMap<>(request);
      paged.put(
          "page", token.isEmpty() ? Map.of("limit", 1000) : Map.of("limit", 1000, "token", token));
      JsonNode answer = pdp.ask(base + endpoint, KeycloakApi.json(paged), endpoint);
      answer.path("results").forEach(result -> ids.add(result.get("id").asText()));
      token = answer.path("page").path("next_token").asText("");
    } while (!token.isEmpty());
    return ids;
  }

  private void confirm(String user, String inbox, boolean allowed) {
    JsonNode answer =
        pdp.ask(base + "evaluation", Pdp.evaluation(user, action, "inbox", inbox), "evaluation");
    if (answer.path("decision").asBoolean() != allowed) {
      throw new IllegalStateException(
          "evaluation of " + user + " on " + inbox + " is not " + allowed + ": " + answer);
    }
  }

  private String username(String id) {
    return usernames.computeIfAbsent(
        id,
        key ->
            admin
                .get("/admin/realms/" + realm + "/users/" + key)
                .expect(200, "user " + key)
                .json()
                .get("username")
                .asText());
  }
}
