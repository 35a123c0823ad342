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

/**
 * A NUL character in a reference never reaches a look-up (PostgreSQL refuses it in a query, which
 * would be a 500): the admin API answers 4xx and changes nothing, {@code /check} names the field,
 * and AuthZEN decides {@code false} or finds nothing.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("A NUL in an id, key or name names nothing")
class NulReferencesIT {

  private KeycloakHttp http;
  private TestRealm realm;
  private String checkToken;
  private String license;
  private String role;
  private String alice;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "nul");
    String location = realm.location("valid-loc");
    license = realm.license("valid-license", 5, List.of("web"));
    role = realm.role("valid-role", Map.of("chat.handle", "own"), true);
    alice = realm.userId("alice");
    realm.assign("user", alice, role, TestRealm.scopeAll());
    realm.inbox("valid-inbox", "web", location);
    checkToken = realm.serviceAccountToken("nul-checker", true);
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  private String snapshot() {
    return realm.chatState(license, alice);
  }

  /**
   * A NUL in an id, key or name given anywhere (beside a valid key, in a path, in a query) names
   * nothing: PostgreSQL refuses it in a look-up, so it must never reach one.
   */
  Stream<Arguments> nulReferences() {
    Map<String, Object> byKeyAndId =
        Map.of(
            "subject",
            Map.of("type", "user", "id", alice),
            "roleKey",
            "valid-role",
            "roleId",
            "id\u0000",
            "scope",
            Map.of("type", "all"));
    Map<String, Object> byName =
        Map.of(
            "subject", Map.of("type", "user", "name", "al\u0000ice"),
            "roleId", role,
            "scope", Map.of("type", "all"));
    return Stream.of(
        Arguments.of("POST", "/assignments", byKeyAndId, "roleId"),
        Arguments.of("POST", "/assignments", byName, "subject.name"),
        Arguments.of(
            "POST", "/licenses/" + license + "/holders", Map.of("userId", "u\u0000"), null),
        Arguments.of("GET", "/users/u%00x/access", null, null),
        Arguments.of("GET", "/roles/r%00x", null, null),
        Arguments.of("GET", "/inboxes/n%00x", null, null),
        Arguments.of("GET", "/licenses/l%00x", null, null),
        Arguments.of("GET", "/assignments/a%00x", null, null),
        Arguments.of("GET", "/assignments?roleId=r%00x", null, null),
        Arguments.of("GET", "/assignments?nodeId=n%00x", null, null));
  }

  @ParameterizedTest(name = "{0} {1} with a NUL")
  @MethodSource("nulReferences")
  void a_nul_in_a_reference_names_nothing(
      String method, String path, Object body, String faultField) {
    String before = snapshot();

    var call = http.call(method, realm.api(path)).bearer(realm.managerToken());
    JsonResponse response = body == null ? call.send() : call.json(body).send();

    if (path.contains("?")) {
      // Keycloak's own request filter blocks a NUL in a query parameter before any extension
      assertThat(response.status()).as("%s %s -> %s", method, path, response).isEqualTo(400);
    } else {
      assertThat(response.status()).as("%s %s -> %s", method, path, response).isBetween(400, 499);
      assertProblem(response, response.status());
    }
    if (faultField != null) {
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body()).contains("\"" + faultField + "\"");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  @DisplayName("a check of a user id with a NUL is a 400 naming userId")
  void a_check_of_a_nul_user_id() {
    JsonResponse response =
        http.call("POST", "/realms/" + realm.name() + "/chat-access/check")
            .bearer(checkToken)
            .json(Map.of("userId", "u\u0000", "permission", "chat.handle", "inbox", "valid-inbox"))
            .send();

    assertThat(response.status()).as("%s", response).isEqualTo(400);
    assertThat(response.body()).contains("userId");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulQuestions")
  @DisplayName("an AuthZEN question with a NUL is decided false or finds nothing")
  void an_authzen_question_with_a_nul(String endpoint, String request, String member) {
    JsonResponse response =
        http.call("POST", "/realms/" + realm.name() + "/chat-access/authzen/access/v1/" + endpoint)
            .bearer(checkToken)
            .raw(request, "application/json")
            .send();

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(response.json().path(member).toString()).isIn("false", "[]");
  }

  Stream<Arguments> nulQuestions() {
    String subject = "{\"type\": \"user\", \"id\": \"al\\u0000ice\"}";
    String action = "{\"name\": \"chat.handle\"}";
    String inbox = "{\"type\": \"inbox\", \"id\": \"valid-inbox\"}";
    String nulInbox = "{\"type\": \"inbox\", \"id\": \"valid\\u0000inbox\"}";
    String owned =
        "{\"type\": \"conversation\", \"id\": \"c\", \"properties\": {\"inbox\": \"valid-inbox\","
            + " \"owner\": \"x\\u0000\", \"ownerDepartments\": [\"d\\u0000\"]}}";
    String alice = "{\"type\": \"user\", \"id\": \"alice\"}";
    return Stream.of(
        Arguments.of(
            "evaluation",
            "{\"subject\": "
                + subject
                + ", \"action\": "
                + action
                + ", \"resource\": "
                + inbox
                + "}",
            "decision"),
        Arguments.of(
            "evaluation",
            "{\"subject\": "
                + alice
                + ", \"action\": "
                + action
                + ", \"resource\": "
                + nulInbox
                + "}",
            "decision"),
        Arguments.of(
            "evaluation",
            "{\"subject\": "
                + alice
                + ", \"action\": {\"name\": \"chat\\u0000handle\"},"
                + " \"resource\": "
                + inbox
                + "}",
            "decision"),
        Arguments.of(
            "search/subject",
            "{\"subject\": {\"type\": \"user\"}, \"action\": "
                + action
                + ", \"resource\": "
                + nulInbox
                + "}",
            "results"),
        Arguments.of(
            "search/action",
            "{\"subject\": " + alice + ", \"resource\": " + owned + "}",
            "results"));
  }
}
