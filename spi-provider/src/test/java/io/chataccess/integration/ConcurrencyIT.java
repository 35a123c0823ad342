package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** Concurrent writers against one server: seats, optimistic role edits, whole-document imports. */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Concurrent writes")
class ConcurrencyIT {

  private KeycloakHttp http;
  private TestRealm realm;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "concurrency");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  @DisplayName("50 parallel requests for the last 10 seats: exactly 10 holders")
  void fifty_requests_for_the_last_ten_seats() throws Exception {
    String license = realm.license("last-ten", 12, List.of("web"));
    realm.hold(license, "alice");
    realm.hold(license, "bob");
    List<String> userIds = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      userIds.add(realm.newUser("seeker" + i));
    }
    String token = realm.managerToken();

    List<Integer> statuses =
        inParallel(
            userIds.stream()
                .map(
                    id ->
                        (Callable<Integer>)
                            () ->
                                http.post(
                                        realm.api("/licenses/" + license + "/holders"),
                                        token,
                                        Map.of("userId", id))
                                    .status())
                .toList());

    assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(40);
    assertThat(realm.get("/licenses/" + license).json().get("seatsUsed").asInt()).isEqualTo(12);
    assertThat(realm.get("/licenses/" + license + "/holders?max=100").json()).hasSize(12);
  }

  @Test
  @DisplayName(
      "the seat limit lowered to 12 while 8 users ask for seats of a 20-seat license with 10"
          + " holders: never more holders than seats, in 50 rounds")
  void lowering_the_limit_while_seats_are_taken() throws Exception {
    List<String> holders = new ArrayList<>();
    List<String> seekers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      holders.add(realm.newUser("holder" + i));
    }
    for (int i = 0; i < 8; i++) {
      seekers.add(realm.newUser("asker" + i));
    }
    String token = realm.managerToken();
    List<String> oversold = new ArrayList<>();
    for (int round = 0; round < 50; round++) {
      String key = "lowered-" + round;
      String license = realm.license(key, 20, List.of());
      for (String holder : holders) {
        http.post(realm.api("/licenses/" + license + "/holders"), token, Map.of("userId", holder));
      }
      List<Callable<Integer>> requests = new ArrayList<>();
      requests.add(
          () ->
              http.put(
                      realm.api("/licenses/" + license),
                      token,
                      Map.of("key", key, "name", key, "seats", 12))
                  .status());
      for (String seeker : seekers) {
        requests.add(
            () ->
                http.post(
                        realm.api("/licenses/" + license + "/holders"),
                        token,
                        Map.of("userId", seeker))
                    .status());
      }
      List<Integer> statuses = inParallel(requests);
      JsonNode after = realm.get("/licenses/" + license).json();
      assertThat(statuses).as("round %s", round).doesNotContain(500);
      if (after.get("seats").asInt() < after.get("seatsUsed").asInt()) {
        oversold.add("round " + round + ": " + after);
      }
    }

    assertThat(oversold).isEmpty();
  }

  @Test
  @DisplayName("20 parallel role edits with the same If-Match: one wins, 19 get 409")
  void twenty_role_edits_with_the_same_version() throws Exception {
    String role = realm.role("contested-role", Map.of("chat.handle", "own"), false);
    String etag = realm.get("/roles/" + role).header("ETag").orElseThrow();
    String token = realm.managerToken();
    List<Callable<Integer>> edits = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String name = "edit " + i;
      edits.add(
          () ->
              http.call("PUT", realm.api("/roles/" + role + "?mode=apply"))
                  .bearer(token)
                  .header("If-Match", etag)
                  .json(
                      Map.of(
                          "key",
                          "contested-role",
                          "name",
                          name,
                          "grants",
                          Map.of("chat.handle", "all"),
                          "requiresLicense",
                          false))
                  .send()
                  .status());
    }

    List<Integer> statuses = inParallel(edits);

    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
    assertThat(realm.get("/roles/" + role + "/versions").json()).hasSize(2);
  }

  @Test
  @DisplayName("parallel imports of different documents: the result is one of them, never a mix")
  void parallel_imports_never_mix() throws Exception {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      documents.add(document(i));
    }
    String token = realm.managerToken();
    List<Callable<Integer>> imports = new ArrayList<>();
    for (Map<String, Object> document : documents) {
      imports.add(() -> http.put(realm.api("/document"), token, document).status());
    }

    List<Integer> statuses = inParallel(imports);
    JsonNode exported = realm.get("/document").json();

    assertThat(statuses).allMatch(s -> s == 200 || s == 409);
    assertThat(statuses).contains(200);
    List<String> inboxKeys = new ArrayList<>();
    exported.get("inboxes").forEach(node -> inboxKeys.add(node.get("key").asText()));
    List<String> roleNames = new ArrayList<>();
    exported.get("roles").forEach(r -> roleNames.add(r.get("name").asText()));
    int winner = Integer.parseInt(inboxKeys.get(0).substring("import-".length()).split("-")[0]);
    assertThat(inboxKeys).containsExactly("import-" + winner + "-a", "import-" + winner + "-b");
    assertThat(roleNames).containsExactly("Role of import " + winner);
    assertThat(exported.get("settings").get("licensesRequired").asBoolean())
        .isEqualTo(winner % 2 == 0);
  }

  /** Document {@code i}: every part names {@code i}, so a mix of two would show. */
  private static Map<String, Object> document(int i) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", 1);
    document.put("settings", Map.of("licensesRequired", i % 2 == 0));
    document.put(
        "inboxes",
        List.of(
            Map.of("key", "import-" + i + "-a", "type", "inbox", "channel", "web", "name", "A"),
            Map.of("key", "import-" + i + "-b", "type", "inbox", "channel", "sms", "name", "B")));
    document.put(
        "roles",
        List.of(
            Map.of(
                "key",
                "imported",
                "name",
                "Role of import " + i,
                "versions",
                List.of(Map.of("grants", Map.of("chat.handle", "own"))))));
    document.put(
        "assignments",
        List.of(
            Map.of(
                "user",
                "carol",
                "role",
                "imported",
                "scope",
                Map.of("node", "import-" + i + "-a"))));
    return document;
  }

  private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> result : pool.invokeAll(tasks)) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
