package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The change feed (docs/changes.md) on the real server: each kind of write appears once, at the
 * revision it produced, with exactly the users it reaches (a group's members below it, a role's
 * holders on "apply" and nobody on "new only", a seat's holder, a suspended user); resumption by
 * cursor; a refused write leaves nothing; a long poll wakes on a write; 410 past retention (the
 * test server keeps 60 entries per realm).
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Change feed: ordered entries with the affected users, cursor, long poll, retention")
class ChangeFeedIT {

  private final KeycloakHttp http;
  private TestRealm realm;
  private String reader;

  ChangeFeedIT(KeycloakHttp http) {
    this.http = http;
  }

  @BeforeAll
  void create() {
    realm = TestRealm.create(http, "feed");
    reader = realm.serviceAccountToken("follower", true);
    realm.joinGroup("alice", "/support/emea");
    realm.joinGroup("bob", "/support");
  }

  @AfterAll
  void close() {
    if (realm != null) {
      realm.close();
    }
  }

  @Test
  @DisplayName("each write once, in revision order, with exactly the users it reaches")
  void writes_with_their_users() {
    long start = head();
    String emea = realm.location("emea-" + start);
    String handle = realm.role("handle-" + start, Map.of("chat.handle", "all"), false);
    realm.assign("group", realm.groupId("/support"), handle, TestRealm.scopeNode(emea));
    realm.saveRole(handle, "handle-" + start, Map.of("chat.handle", "own"), "apply");
    realm.saveRole(handle, "handle-" + start, Map.of("chat.handle", "all"), "new-only");
    String seat = realm.license("seat-" + start, 5, List.of("web"));
    realm.hold(seat, "carol");
    realm.put(
        "/users/" + realm.userId("dave") + "/suspension",
        Map.of("suspended", true, "reason", "feed test"));

    List<JsonNode> entries = all(start);
    assertThat(entries)
        .extracting(e -> e.get("revision").asLong())
        .isSorted()
        .doesNotHaveDuplicates();
    List<String> kinds = entries.stream().map(e -> e.get("kinds").toString()).toList();
    assertThat(kinds)
        .containsSubsequence(
            "[\"node\"]",
            "[\"role\"]",
            "[\"assignment\"]",
            "[\"role\"]",
            "[\"role\"]",
            "[\"license\"]",
            "[\"license.seat\"]",
            "[\"suspension\"]");
    assertThat(kinds).doesNotContain("[\"chat-data\"]");
    JsonNode assignment = only(entries, "[\"assignment\"]");
    assertThat(usernames(assignment)).containsExactlyInAnyOrder("alice", "bob");
    assertThat(assignment.get("nodes").toString()).isEqualTo("[\"emea-" + start + "\"]");
    List<JsonNode> roleWrites = of(entries, "[\"role\"]");
    assertThat(usernames(roleWrites.get(0))).as("a new role is held by nobody").isEmpty();
    assertThat(usernames(roleWrites.get(1))).as("apply").containsExactlyInAnyOrder("alice", "bob");
    assertThat(usernames(roleWrites.get(2))).as("new only keeps everyone").isEmpty();
    assertThat(roleWrites.get(2).get("allUsers").asBoolean()).isFalse();
    assertThat(usernames(only(entries, "[\"license\"]"))).as("a new license").isEmpty();
    assertThat(usernames(only(entries, "[\"license.seat\"]"))).containsExactly("carol");
    assertThat(usernames(only(entries, "[\"suspension\"]"))).containsExactly("dave");
    assertThat(only(entries, "[\"node\"]").get("allUsers").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("a refused write leaves neither an entry nor a revision")
  void refused_write_leaves_nothing() {
    long before = head();
    JsonResponse refused =
        realm.post(
            "/assignments",
            Map.of(
                "subject", Map.of("type", "user", "id", realm.userId("erin")),
                "roleId", "no-such-role",
                "scope", TestRealm.scopeAll()));
    assertThat(refused.status()).isBetween(400, 499);
    assertThat(head()).isEqualTo(before);
    assertThat(page(before, 10).get("changes")).isEmpty();
  }

  @Test
  @DisplayName("a cursor resumes where the last page ended")
  void cursor_resumes() {
    long start = head();
    for (int i = 0; i < 3; i++) {
      suspend("erin", i % 2 == 0);
    }
    JsonNode first = page(start, 2);
    assertThat(first.get("changes")).hasSize(2);
    JsonNode second = page(first.get("next").asLong(), 2);
    assertThat(second.get("changes")).hasSize(1);
    assertThat(second.get("changes").get(0).get("revision").asLong())
        .isEqualTo(first.get("next").asLong() + 1);
    assertThat(page(second.get("next").asLong(), 2).get("changes")).isEmpty();
  }

  @Test
  @DisplayName("a long poll answers with the write that ends its wait")
  void long_poll_wakes() throws Exception {
    long start = head();
    long asked = System.nanoTime();
    CompletableFuture<JsonResponse> poll =
        CompletableFuture.supplyAsync(() -> feed("since=" + start + "&wait=30"));
    Thread.sleep(1_000);
    assertThat(poll).as("still waiting before any write").isNotDone();
    suspend("frank", true);
    JsonResponse answer = poll.get(40, TimeUnit.SECONDS);
    long waitedSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - asked);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.json().get("changes")).hasSize(1);
    assertThat(waitedSeconds).as("woken by the write, not by the end of the wait").isLessThan(25);
  }

  @Test
  @DisplayName("past retention: 410 with the revision to resume from, which then works")
  void gone_past_retention() {
    long start = head();
    for (int i = 0; i < 75; i++) {
      suspend("grace", i % 2 == 0);
    }
    JsonResponse gone = feed("since=" + start);
    assertThat(gone.status()).as("%s", gone).isEqualTo(410);
    assertThat(gone.header("Content-Type").orElse("")).startsWith("application/problem+json");
    long resume = gone.json().get("oldestRevision").asLong();
    assertThat(resume).isGreaterThan(start);
    JsonResponse resumed = feed("since=" + resume);
    assertThat(resumed.status()).as("%s", resumed).isEqualTo(200);
    assertThat(resumed.json().get("changes").get(0).get("revision").asLong()).isEqualTo(resume + 1);
  }

  @Test
  @DisplayName("bad parameters 400 naming the field; no token 401; no check role 403")
  void who_and_what_may_ask() {
    for (String query : List.of("since=-1", "since=x", "max=0", "max=1001", "wait=31")) {
      JsonResponse answer = feed(query);
      assertThat(answer.status()).as(query).isEqualTo(400);
      assertThat(answer.body()).as(query).contains(query.substring(0, query.indexOf('=')));
    }
    assertThat(feed("since=" + (head() + 5)).status()).isEqualTo(400);
    String path = "/realms/" + realm.name() + "/chat-access/changes";
    assertThat(http.call("GET", path).send().status()).isEqualTo(401);
    assertThat(http.call("GET", path).bearer(realm.token("alice")).send().status()).isEqualTo(403);
  }

  private void suspend(String username, boolean suspended) {
    JsonResponse answer =
        realm.put(
            "/users/" + realm.userId(username) + "/suspension",
            Map.of("suspended", suspended, "reason", "feed test"));
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
  }

  private long head() {
    JsonResponse answer = feed("");
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.json().get("changes")).isEmpty();
    return answer.json().get("next").asLong();
  }

  private JsonNode page(long since, int max) {
    JsonResponse answer = feed("since=" + since + "&max=" + max);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.json();
  }

  private List<JsonNode> all(long since) {
    List<JsonNode> entries = new ArrayList<>();
    long cursor = since;
    while (true) {
      JsonNode page = page(cursor, 3);
      page.get("changes").forEach(entries::add);
      if (page.get("changes").isEmpty()) {
        return entries;
      }
      cursor = page.get("next").asLong();
    }
  }

  private JsonResponse feed(String query) {
    return http.call("GET", "/realms/" + realm.name() + "/chat-access/changes?" + query)
        .bearer(reader)
        .send();
  }

  private static List<JsonNode> of(List<JsonNode> entries, String kinds) {
    return entries.stream().filter(e -> e.get("kinds").toString().equals(kinds)).toList();
  }

  private static JsonNode only(List<JsonNode> entries, String kinds) {
    List<JsonNode> matching = of(entries, kinds);
    assertThat(matching).as(kinds).hasSize(1);
    return matching.get(0);
  }

  private List<String> usernames(JsonNode entry) {
    List<String> names = new ArrayList<>();
    for (JsonNode id : entry.get("users")) {
      names.add(realm.admin().users().get(id.asText()).toRepresentation().getUsername());
    }
    return names;
  }
}
