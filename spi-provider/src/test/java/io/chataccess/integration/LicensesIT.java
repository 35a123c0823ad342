package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Licenses and seats: /chat-access/licenses")
class LicensesIT {

  private static final int CONCURRENT_USERS = 20;
  private static final int SEATS = 5;

  private KeycloakHttp http;
  private TestRealm realm;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "licenses");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  void create_read_update_and_delete_a_license_type() {
    JsonResponse created =
        realm.post(
            "/licenses",
            Map.of(
                "key", "crud", "name", "CRUD", "seats", 3, "channels", List.of("web", "in_app")));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.json().get("seatsUsed").asInt()).isZero();

    JsonResponse updated =
        realm.put(
            "/licenses/" + id,
            Map.of("key", "crud", "name", "Renamed", "seats", 4, "channels", List.of("web")));

    assertThat(updated.status()).isEqualTo(200);
    JsonNode read = realm.get("/licenses/" + id).json();
    assertThat(read.get("name").asText()).isEqualTo("Renamed");
    assertThat(read.get("seats").asInt()).isEqualTo(4);
    assertThat(read.get("channels")).hasSize(1);
    assertThat(realm.delete("/licenses/" + id).status()).isEqualTo(204);
    assertProblem(realm.get("/licenses/" + id), 404);
  }

  @Test
  void holders_are_added_by_id_or_username_listed_and_removed() {
    String id = realm.license("holders", 10, List.of());
    String alice = realm.userId("alice");

    assertThat(realm.post("/licenses/" + id + "/holders", Map.of("userId", alice)).status())
        .isEqualTo(201);
    assertThat(realm.post("/licenses/" + id + "/holders", Map.of("username", "bob")).status())
        .isEqualTo(201);

    JsonNode holders = realm.get("/licenses/" + id + "/holders").json();
    List<String> names = new ArrayList<>();
    holders.forEach(h -> names.add(h.get("username").asText()));
    assertThat(names).containsExactlyInAnyOrder("alice", "bob");
    assertThat(realm.get("/licenses/" + id).json().get("seatsUsed").asInt()).isEqualTo(2);
    assertThat(realm.get("/licenses/" + id + "/holders/" + alice).status()).isEqualTo(200);

    assertThat(realm.delete("/licenses/" + id + "/holders/" + alice).status()).isEqualTo(204);
    assertProblem(realm.get("/licenses/" + id + "/holders/" + alice), 404);
  }

  @Test
  void the_same_user_twice_is_a_conflict_and_an_unknown_user_is_not_found() {
    String id = realm.license("twice", 10, List.of());
    realm.hold(id, "carol");

    assertProblem(realm.post("/licenses/" + id + "/holders", Map.of("username", "carol")), 409);
    assertProblem(realm.post("/licenses/" + id + "/holders", Map.of("username", "nobody")), 404);
  }

  @Test
  void a_read_only_holder_field_is_named_as_the_field_at_fault() {
    String id = realm.license("read-only", 10, List.of());

    assertThat(
            assertProblem(
                realm.post(
                    "/licenses/" + id + "/holders", Map.of("username", "dave", "grantedAt", 5)),
                400))
        .containsExactly("grantedAt");
    assertThat(
            assertProblem(
                realm.post(
                    "/licenses/" + id + "/holders",
                    Map.of("username", "dave", "source", "jit", "licenseKey", "x")),
                400))
        .containsExactlyInAnyOrder("source", "licenseKey");
    assertThat(realm.get("/licenses/" + id + "/holders").json()).isEmpty();
  }

  @Test
  void seats_cannot_fall_below_the_holders_and_holders_block_a_plain_delete() {
    String id = realm.license("lower", 3, List.of());
    realm.hold(id, "alice");
    realm.hold(id, "bob");

    assertProblem(
        realm.put("/licenses/" + id, Map.of("key", "lower", "name", "lower", "seats", 1)), 409);
    assertThat(realm.get("/licenses/" + id).json().get("seats").asInt()).isEqualTo(3);
    assertProblem(realm.delete("/licenses/" + id), 409);
    assertThat(realm.delete("/licenses/" + id + "?cascade=true").status()).isEqualTo(204);
  }

  @Test
  void a_duplicate_key_is_a_conflict_and_bad_channels_are_named() {
    realm.license("dup-license", null, List.of());

    assertProblem(realm.post("/licenses", Map.of("key", "dup-license", "name", "x")), 409);
    assertInvalid(
        realm.post(
            "/licenses", Map.of("key", "bad-ch", "name", "x", "channels", List.of("web", "fax"))),
        "channels[1]");
    assertInvalid(realm.post("/licenses", Map.of("key", "neg", "name", "x", "seats", -1)), "seats");
  }

  @Test
  @DisplayName("20 concurrent requests for 5 seats: exactly 5 succeed, the rest get 409")
  void concurrent_requests_never_oversell_seats() throws Exception {
    String id = realm.license("contested", SEATS, List.of("web"));
    List<String> userIds = new ArrayList<>();
    for (int i = 0; i < CONCURRENT_USERS; i++) {
      userIds.add(createUser("racer" + i));
    }
    String token = realm.managerToken();
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_USERS);
    try {
      List<Callable<Integer>> requests = new ArrayList<>();
      for (String userId : userIds) {
        requests.add(
            () ->
                http.post(
                        realm.api("/licenses/" + id + "/holders"), token, Map.of("userId", userId))
                    .status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> status : pool.invokeAll(requests)) {
        statuses.add(status.get());
      }

      assertThat(statuses).filteredOn(s -> s == 201).hasSize(SEATS);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(CONCURRENT_USERS - SEATS);
    } finally {
      pool.shutdown();
    }
    assertThat(realm.get("/licenses/" + id + "/holders").json()).hasSize(SEATS);
    assertThat(realm.get("/licenses/" + id).json().get("seatsUsed").asInt()).isEqualTo(SEATS);
  }

  private String createUser(String username) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(username);
    user.setCredentials(List.of(password));
    realm.admin().users().create(user).close();
    return realm.userId(username);
  }
}
