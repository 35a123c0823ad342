package io.chataccess.bench.newonly;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.Jwt;
import io.chataccess.bench.load.KeycloakApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that the saves did what their mode says, read where an app or an admin reads them: the
 * {@code chat} claim of a real access token (evaluated by the rule of docs/claim.md) and {@code GET
 * /users/{id}/effective}. A failed check throws: the benchmark is then not a figure of "new only".
 */
final class Semantics {

  private static final List<String> LEVELS = List.of("none", "own", "department", "all");

  private final KeycloakApi api;
  private final NewOnlySettings settings;
  private final ChatSetup chat;
  private final List<String> passed = new ArrayList<>();

  Semantics(KeycloakApi api, NewOnlySettings settings, ChatSetup chat) {
    this.api = api;
    this.settings = settings;
    this.chat = chat;
  }

  /**
   * The levels in {@code username}'s token equal version {@code version}'s grants in every inbox.
   */
  void tokenShows(String when, String username, int version) {
    claimShows(when, username, accessToken(username), version);
  }

  /** The same for an access token already issued to {@code username}. */
  void claimShows(String when, String username, String accessToken, int version) {
    JsonNode claim = Jwt.payload(accessToken).path("chat");
    if (claim.isMissingNode() || !claim.path("complete").asBoolean()) {
      throw new IllegalStateException(
          when + ": the token of " + username + " has no complete chat claim: " + claim);
    }
    for (String inbox : chat.inboxKeys()) {
      Map<String, String> levels = new TreeMap<>();
      for (String permission : RoleGrants.permissions()) {
        String level = level(claim, permission, inbox);
        if (!"none".equals(level)) {
          levels.put(permission, level);
        }
      }
      require(when, username + "'s token in " + inbox, version, levels);
    }
    passed.add(when + ": token of `" + username + "` shows version " + version);
  }

  /** The effective grants of the user equal version {@code version}'s grants in every inbox. */
  void effectiveShows(String when, String username, String userId, int version) {
    JsonNode effective =
        api.get(chat.base() + "/users/" + userId + "/effective")
            .expect(200, "effective of " + username)
            .json();
    Map<String, Map<String, String>> byInbox = new TreeMap<>();
    for (JsonNode inbox : effective.path("inboxes")) {
      Map<String, String> grants = new TreeMap<>();
      inbox
          .path("grants")
          .fields()
          .forEachRemaining(
              e -> {
                if (!"none".equals(e.getValue().asText())) {
                  grants.put(e.getKey(), e.getValue().asText());
                }
              });
      byInbox.put(inbox.path("key").asText(), grants);
    }
    effective
        .path("everywhere")
        .fields()
        .forEachRemaining(
            e -> {
              throw new IllegalStateException(
                  when + ": " + username + " has " + e.getKey() + " everywhere");
            });
    for (String inbox : chat.inboxKeys()) {
      require(
          when,
          username + "'s effective grants in " + inbox,
          version,
          byInbox.getOrDefault(inbox, Map.of()));
    }
    passed.add(when + ": effective permissions of `" + username + "` are version " + version);
  }

  /** {@code keptUsers} of a version is what the mode implies. */
  void keptUsers(String when, int version, long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(
          when + ": version " + version + " keeps " + actual + " users, expected " + expected);
    }
    passed.add(when + ": version " + version + " counts " + actual + " kept users");
  }

  private static void require(String when, String what, int version, Map<String, String> actual) {
    Map<String, String> expected = RoleGrants.of(version);
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          when + ": " + what + " is " + actual + ", expected version " + version + " " + expected);
    }
  }

  /** docs/claim.md: {@code max(all[p], sets[inboxes[inbox]][p])}, missing = none. */
  static String level(JsonNode claim, String permission, String inbox) {
    String level = claim.path("all").path(permission).asText("none");
    JsonNode set = claim.path("inboxes").get(inbox);
    if (set != null) {
      String here = claim.path("sets").path(set.asInt()).path(permission).asText("none");
      level = LEVELS.indexOf(here) > LEVELS.indexOf(level) ? here : level;
    }
    return level;
  }

  private String accessToken(String username) {
    return api.token(
            settings.realm(),
            Map.of(
                "grant_type",
                "password",
                "client_id",
                TeamRealm.CLIENT,
                "username",
                username,
                "password",
                settings.password()))
        .expect(200, "password grant of " + username)
        .json()
        .get("access_token")
        .asText();
  }

  List<String> passed() {
    return passed;
  }
}
