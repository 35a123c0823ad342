package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Who may call the admin API")
class SecurityIT {

  private KeycloakHttp http;
  private TestRealm realm;
  private TestRealm other;
  private String location;
  private String license;
  private String role;
  private String assignment;
  private String alice;

  @BeforeAll
  void createRealms(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "security");
    other = TestRealm.create(http, "security-other");
    location = realm.location("sec-loc");
    license = realm.license("sec-license", 10, List.of());
    role = realm.roleIdByKey("agent");
    alice = realm.userId("alice");
    assignment = realm.assign("user", alice, role, TestRealm.scopeAll());
  }

  @AfterAll
  void removeRealms() {
    realm.close();
    other.close();
  }

  /** Every write of the API, with a body that would be valid. */
  Stream<Arguments> writes() {
    return Stream.of(
        Arguments.of("POST", "/inboxes", Map.of("key", "w1", "name", "w", "type", "location")),
        Arguments.of(
            "PUT",
            "/inboxes/" + location,
            Map.of("key", "sec-loc", "name", "w", "type", "location")),
        Arguments.of("DELETE", "/inboxes/" + location, null),
        Arguments.of("POST", "/licenses", Map.of("key", "w2", "name", "w")),
        Arguments.of("PUT", "/licenses/" + license, Map.of("key", "sec-license", "name", "w")),
        Arguments.of("DELETE", "/licenses/" + license, null),
        Arguments.of("POST", "/licenses/" + license + "/holders", Map.of("username", "bob")),
        Arguments.of("DELETE", "/licenses/" + license + "/holders/" + alice, null),
        Arguments.of("POST", "/roles", Map.of("key", "w3", "name", "w", "grants", Map.of())),
        Arguments.of(
            "PUT", "/roles/" + role, Map.of("key", "agent", "name", "w", "grants", Map.of())),
        Arguments.of("DELETE", "/roles/" + role, null),
        Arguments.of(
            "POST",
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "id", alice),
                "roleId",
                role,
                "scope",
                Map.of("type", "all"))),
        Arguments.of(
            "PUT",
            "/assignments/" + assignment,
            Map.of("roleId", role, "scope", Map.of("type", "all"))),
        Arguments.of("DELETE", "/assignments/" + assignment, null),
        Arguments.of("PUT", "/users/" + alice + "/suspension", Map.of("suspended", true)),
        Arguments.of("PUT", "/settings", Map.of("licensesRequired", false)),
        Arguments.of("POST", "/permissions", Map.of("key", "crm.export", "kind", "boolean")),
        Arguments.of("DELETE", "/permissions/chat.handle", null));
  }

  static Stream<String> reads() {
    return Stream.of(
        "/inboxes", "/licenses", "/roles", "/assignments", "/settings", "/permissions");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("writes")
  void anonymous_callers_get_401(String method, String path, Object body) {
    assertThat(send(method, path, null, body).status()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("writes")
  void a_view_only_admin_gets_403_on_every_write_and_nothing_changes(
      String method, String path, Object body) {
    String before =
        realm.get("/assignments").body()
            + realm.get("/inboxes").body()
            + realm.get("/licenses").body();

    JsonResponse response = send(method, path, realm.token("viewer"), body);

    assertProblem(response, 403);
    String after =
        realm.get("/assignments").body()
            + realm.get("/inboxes").body()
            + realm.get("/licenses").body();
    assertThat(after).isEqualTo(before);
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("reads")
  void a_view_only_admin_reads_everything(String path) {
    assertThat(http.get(realm.api(path), realm.token("viewer")).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("reads")
  void anonymous_reads_get_401_and_plain_users_403(String path) {
    assertThat(http.get(realm.api(path), null).status()).isEqualTo(401);
    assertThat(http.get(realm.api(path), realm.token("bob")).status()).isEqualTo(403);
  }

  @Test
  void the_ids_of_another_realm_are_not_found() {
    for (String path :
        List.of(
            "/inboxes/" + location,
            "/licenses/" + license,
            "/licenses/" + license + "/holders",
            "/roles/" + role,
            "/roles/" + role + "/versions",
            "/assignments/" + assignment,
            "/users/" + alice + "/effective")) {
      assertProblem(other.get(path), 404);
    }
    assertProblem(
        other.put(
            "/inboxes/" + location, Map.of("key", "sec-loc", "name", "x", "type", "location")),
        404);
    assertProblem(other.delete("/assignments/" + assignment), 404);
    assertProblem(other.delete("/roles/" + role), 404);
    assertThat(realm.get("/inboxes/" + location).status()).isEqualTo(200);
    assertThat(realm.get("/assignments/" + assignment).status()).isEqualTo(200);
  }

  @Test
  void another_realms_nodes_cannot_be_used_as_parent_or_scope() {
    String foreign = other.location("foreign");

    Problems.assertInvalid(
        realm.post(
            "/inboxes",
            Map.of("key", "x-parent", "name", "x", "type", "location", "parentId", foreign)),
        "parentId");
    Problems.assertInvalid(
        realm.post(
            "/assignments",
            Map.of(
                "subject",
                Map.of("type", "user", "id", alice),
                "roleId",
                role,
                "scope",
                Map.of("type", "node", "nodeId", foreign))),
        "scope.nodeId");
  }

  private JsonResponse send(String method, String path, String token, Object body) {
    var call = http.call(method, realm.api(path)).bearer(token);
    if (body != null) {
      call.json(body);
    }
    return call.send();
  }
}
