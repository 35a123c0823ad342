package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every kind of caller, one table. Writes carry the body {@code []} and
 * deletes an unknown id, so a caller who is let through meets validation (400) or 404 and nothing
 * changes; a caller who is not gets 401 (no valid token) or 403 (not allowed). The delegated chat
 * administrator holds access.manage on one node: it reads the tree, roles and catalog and works on
 * assignments, nothing else.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Authorization matrix")
class AuthorizationMatrixIT {

  /** The callers, in the order of the expected statuses of each row. */
  private static final List<String> CALLERS =
      List.of(
          "anonymous",
          "plain user",
          "view-only admin",
          "manage admin",
          "admin of another realm",
          "service account with the check role",
          "service account without it",
          "master admin",
          "chat administrator by delegation on one node");

  private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

  private KeycloakHttp http;
  private TestRealm realm;
  private TestRealm other;
  private final Map<String, String> tokens = new LinkedHashMap<>();

  @BeforeAll
  void createRealms(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "matrix");
    other = TestRealm.create(http, "matrix-other");
    tokens.put("anonymous", null);
    tokens.put("plain user", realm.token("bob"));
    tokens.put("view-only admin", realm.token("viewer"));
    tokens.put("manage admin", realm.managerToken());
    tokens.put("admin of another realm", other.managerToken());
    tokens.put("service account with the check role", realm.serviceAccountToken("checker", true));
    tokens.put("service account without it", realm.serviceAccountToken("nosy", false));
    tokens.put("master admin", http.masterAdminToken());
    String node = realm.location("delegated-node");
    realm.assign(
        "user",
        realm.userId("dave"),
        realm.role("node-admin", Map.of("access.manage", "all"), false),
        TestRealm.scopeNode(node));
    tokens.put("chat administrator by delegation on one node", realm.token("dave"));
  }

  @AfterAll
  void removeRealms() {
    realm.close();
    other.close();
  }

  /** One row: an endpoint and the status each caller gets, in the order of {@link #CALLERS}. */
  static Stream<Arguments> matrix() {
    // an admin of another realm holds a valid token, just no rights here: 403, as Keycloak's own
    // admin API answers; the public API only takes tokens of its realm: 401
    int[] read = {401, 403, 200, 200, 403, 403, 403, 200};
    int[] write = {401, 403, 403, 400, 403, 403, 403, 400};
    int[] deleteUnknown = {401, 403, 403, 404, 403, 403, 403, 404};
    int[] me = {401, 200, 200, 200, 401, 200, 200, 401};
    int[] check = {401, 403, 403, 403, 401, 400, 403, 401};
    int[] feed = {401, 403, 403, 403, 401, 200, 403, 401};
    int[] readUnknown = {401, 403, 404, 404, 403, 403, 403, 404};
    String admin = "admin:";
    return Stream.of(
        row("GET", admin + "/inboxes", read, 200),
        row("POST", admin + "/inboxes", write, 403),
        row("PUT", admin + "/inboxes/" + UNKNOWN, write, 403),
        row("DELETE", admin + "/inboxes/" + UNKNOWN, deleteUnknown, 403),
        row("GET", admin + "/licenses", read, 403),
        row("POST", admin + "/licenses", write, 403),
        row("DELETE", admin + "/licenses/" + UNKNOWN, deleteUnknown, 403),
        row("GET", admin + "/roles", read, 200),
        row("POST", admin + "/roles", write, 403),
        row("DELETE", admin + "/roles/" + UNKNOWN, deleteUnknown, 403),
        row("GET", admin + "/assignments", read, 200),
        row("POST", admin + "/assignments", write, 400),
        row("DELETE", admin + "/assignments/" + UNKNOWN, deleteUnknown, 404),
        row("GET", admin + "/settings", read, 403),
        row("PUT", admin + "/settings", write, 403),
        row("PATCH", admin + "/settings", write, 403),
        row("PATCH", admin + "/inboxes/" + UNKNOWN, deleteUnknown, 403),
        row("PATCH", admin + "/licenses/" + UNKNOWN, deleteUnknown, 403),
        row("PATCH", admin + "/roles/" + UNKNOWN, deleteUnknown, 403),
        row("PATCH", admin + "/assignments/" + UNKNOWN, deleteUnknown, 404),
        row("GET", admin + "/permissions", read, 200),
        row("POST", admin + "/permissions", write, 403),
        row("GET", admin + "/document", read, 403),
        row("PUT", admin + "/document", write, 403),
        row("GET", admin + "/users/{alice}/effective", read, 403),
        row("PUT", admin + "/users/{alice}/suspension", write, 403),
        row("GET", "public:/me", me, 200),
        row("POST", "public:/check", check, 403),
        row("POST", "public:/check/batch", check, 403),
        row("GET", admin + "/authzen", read, 403),
        row("PUT", admin + "/authzen", write, 403),
        row("POST", "public:/authzen/access/v1/evaluation", check, 403),
        row("POST", "public:/authzen/access/v1/evaluations", check, 403),
        row("POST", "public:/authzen/access/v1/search/subject", check, 403),
        row("POST", "public:/authzen/access/v1/search/resource", check, 403),
        row("POST", "public:/authzen/access/v1/search/action", check, 403),
        row("GET", "public:/changes", feed, 403),
        row("GET", admin + "/webhooks", read, 403),
        row("POST", admin + "/webhooks", write, 403),
        row("PUT", admin + "/webhooks/" + UNKNOWN, deleteUnknown, 403),
        row("DELETE", admin + "/webhooks/" + UNKNOWN, deleteUnknown, 403),
        row("GET", admin + "/webhooks/" + UNKNOWN + "/deliveries", readUnknown, 403),
        row(
            "POST",
            admin + "/webhooks/" + UNKNOWN + "/deliveries/" + UNKNOWN + "/redeliver",
            deleteUnknown,
            403));
  }

  /** The statuses of the shared callers, plus the delegated administrator's for this endpoint. */
  private static Arguments row(String method, String path, int[] statuses, int delegated) {
    int[] all = java.util.Arrays.copyOf(statuses, statuses.length + 1);
    all[statuses.length] = delegated;
    return Arguments.of(method, path, all);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("matrix")
  void every_caller_gets_the_expected_status(String method, String path, int[] expected) {
    String before = realm.get("/document").body();
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < CALLERS.size(); i++) {
      String caller = CALLERS.get(i);
      JsonResponse response = send(method, path, tokens.get(caller));
      if (response.status() != expected[i]) {
        mismatches.add(caller + ": expected " + expected[i] + ", got " + response);
      }
      if (response.status() >= 400) {
        assertThat(response.header("Content-Type").orElse(""))
            .as("%s %s for %s", method, path, caller)
            .contains("json");
      }
    }

    assertThat(mismatches).as("%s %s", method, path).isEmpty();
    assertThat(realm.get("/document").body()).as("nothing changed").isEqualTo(before);
  }

  private JsonResponse send(String method, String path, String token) {
    String resolved = path.replace("{alice}", realm.userId("alice"));
    String url =
        resolved.startsWith("admin:")
            ? realm.api(resolved.substring("admin:".length()))
            : "/realms/" + realm.name() + "/chat-access" + resolved.substring("public:".length());
    var call = http.call(method, url).bearer(token);
    if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      call.json("[]");
    }
    return call.send();
  }
}
