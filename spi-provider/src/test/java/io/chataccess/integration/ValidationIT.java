package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Bad bodies on every create and update endpoint: each case is a valid body with one field replaced
 * by a bad value (or removed, or an extra field added), plus bodies that are not JSON objects at
 * all. Every one must give a 400 problem document and change nothing.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Bad input gives 400 problem documents and changes nothing")
class ValidationIT {

  private static final List<Object> BAD_KEYS =
      List.of(
          "",
          "UPPER",
          "with/slash",
          "../up",
          "tab\tkey",
          "nul\u0000",
          "ключ",
          "x".repeat(64),
          42,
          List.of("a"));
  private static final List<Object> BAD_TEXTS =
      List.of("", "   ", "x".repeat(256), "bell\u0007", "lone \uD83D", 5, true, List.of());
  private static final List<Object> BAD_ENUMS =
      List.of("", "nope", "WEB", 5, List.of(), "x".repeat(300));
  private static final List<Object> BAD_BOOLEANS = List.of("yes", 1, List.of(), Map.of());
  private static final List<Object> BAD_INTEGERS = List.of("3", -1, 1.5, true, 10_000_000_000L);
  private static final List<Object> BAD_LISTS =
      List.of("web", List.of("fax"), List.of(5), Map.of());
  private static final List<Object> BAD_GRANTS =
      List.of(
          List.of(),
          Map.of("chat.handle", "most"),
          Map.of("no.such", "all"),
          Map.of("canned.use", "own"),
          "all");
  private static final List<Object> BAD_OBJECTS =
      List.of(
          "x",
          List.of(),
          Map.of(),
          Map.of("type", "robot", "id", "x"),
          Map.of("type", "node", "nodeId", "nope"));
  private static final List<Object> BAD_IDS = List.of("nope", 5, "x".repeat(300), List.of());
  private static final Map<String, List<Object>> BAD_BY_FIELD =
      Map.ofEntries(
          Map.entry("key", BAD_KEYS),
          Map.entry("name", BAD_TEXTS),
          Map.entry("type", BAD_ENUMS),
          Map.entry("channel", BAD_ENUMS),
          Map.entry("kind", BAD_ENUMS),
          Map.entry("licensesRequired", BAD_BOOLEANS),
          Map.entry("suspended", BAD_BOOLEANS),
          Map.entry("seats", BAD_INTEGERS),
          Map.entry("channels", BAD_LISTS),
          Map.entry("grants", BAD_GRANTS),
          Map.entry("subject", BAD_OBJECTS),
          Map.entry("scope", BAD_OBJECTS),
          Map.entry("roleId", BAD_IDS),
          Map.entry("username", List.of(5, List.of(), "")));

  /** Fields a body may leave out. */
  private static final List<String> OPTIONAL = List.of("seats", "channels");

  private static final List<String> NOT_OBJECTS =
      List.of(
          "",
          "{",
          "[]",
          "null",
          "\"text\"",
          "42",
          "{\"key\":",
          "{} {}",
          "\u0000",
          "{\"key\":\"a\",\"key\":\"b\"}");

  private KeycloakHttp http;
  private TestRealm realm;
  private String location;
  private String license;
  private String role;
  private String assignment;
  private String alice;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "validation");
    location = realm.location("valid-loc");
    license = realm.license("valid-license", 5, List.of("web"));
    role = realm.role("valid-role", Map.of("chat.handle", "own"), true);
    alice = realm.userId("alice");
    assignment = realm.assign("user", alice, role, TestRealm.scopeAll());
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  record Endpoint(String method, String path, Map<String, Object> validBody) {}

  private List<Endpoint> endpoints() {
    return List.of(
        new Endpoint(
            "POST",
            "/inboxes",
            Map.of("key", "new-inbox", "name", "N", "type", "inbox", "channel", "web")),
        new Endpoint(
            "PUT",
            "/inboxes/" + location,
            Map.of("key", "valid-loc", "name", "N", "type", "location")),
        new Endpoint(
            "POST",
            "/licenses",
            Map.of("key", "new-license", "name", "N", "seats", 3, "channels", List.of("web"))),
        new Endpoint(
            "PUT", "/licenses/" + license, Map.of("key", "valid-license", "name", "N", "seats", 5)),
        new Endpoint(
            "POST",
            "/roles",
            Map.of("key", "new-role", "name", "N", "grants", Map.of("chat.handle", "all"))),
        new Endpoint(
            "PUT",
            "/roles/" + role,
            Map.of("key", "valid-role", "name", "N", "grants", Map.of("chat.handle", "all"))),
        new Endpoint(
            "POST",
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "id", alice),
                "roleId",
                role,
                "scope",
                Map.of("type", "all"))),
        new Endpoint(
            "PUT",
            "/assignments/" + assignment,
            Map.of("roleId", role, "scope", Map.of("type", "all"))),
        new Endpoint("POST", "/permissions", Map.of("key", "crm.export", "kind", "boolean")),
        new Endpoint("PUT", "/settings", Map.of("licensesRequired", true)),
        new Endpoint("PUT", "/users/" + alice + "/suspension", Map.of("suspended", true)),
        new Endpoint("POST", "/licenses/" + license + "/holders", Map.of("username", "bob")));
  }

  /**
   * Generated: for every endpoint, every field x every bad value, removals, extras, non-objects.
   */
  Stream<Arguments> badRequests() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (String field : endpoint.validBody().keySet()) {
        for (Object bad : BAD_BY_FIELD.get(field)) {
          Map<String, Object> body = new HashMap<>(endpoint.validBody());
          body.put(field, bad);
          cases.add(
              Arguments.of(endpoint.method(), endpoint.path(), body, field + "=" + describe(bad)));
        }
        if (!OPTIONAL.contains(field)) {
          Map<String, Object> without = new HashMap<>(endpoint.validBody());
          without.remove(field);
          cases.add(Arguments.of(endpoint.method(), endpoint.path(), without, "without " + field));
        }
      }
      Map<String, Object> extra = new HashMap<>(endpoint.validBody());
      extra.put("unexpected", "x");
      cases.add(Arguments.of(endpoint.method(), endpoint.path(), extra, "extra field"));
      for (String raw : NOT_OBJECTS) {
        cases.add(Arguments.of(endpoint.method(), endpoint.path(), raw, "raw " + describe(raw)));
      }
      String huge = "{\"key\":\"" + "x".repeat(200_000) + "\"}";
      cases.add(Arguments.of(endpoint.method(), endpoint.path(), huge, "huge string"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {3}")
  @MethodSource("badRequests")
  void every_bad_request_is_a_400_problem_and_changes_nothing(
      String method, String path, Object body, String description) {
    String before = snapshot();

    JsonResponse response =
        http.call(method, realm.api(path)).bearer(realm.managerToken()).json(body).send();

    assertThat(response.status())
        .as("%s %s %s -> %s", method, path, description, response)
        .isBetween(400, 499);
    assertProblem(response, response.status());
    assertThat(snapshot()).isEqualTo(before);
  }

  private String snapshot() {
    return realm.get("/inboxes").body()
        + realm.get("/licenses").body()
        + realm.get("/licenses/" + license + "/holders").body()
        + realm.get("/roles").body()
        + realm.get("/assignments").body()
        + realm.get("/permissions").body()
        + realm.get("/users/" + alice + "/suspension").body()
        + realm.get("/settings").body();
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    return text.length() > 20
        ? text.substring(0, 20) + "...(" + text.length() + ")"
        : text.replaceAll("\\p{Cntrl}", "?");
  }
}
