package io.chataccess.bench.newonly;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The grants of each version of the benchmark's role {@code team-agent}: version 1 at creation, one
 * more per save. No two are alike, so every version can be told apart in a token or in the
 * effective permissions.
 */
final class RoleGrants {

  private static final List<Map<String, String>> VERSIONS =
      List.of(
          Map.of("chat.handle", "all", "conversation.view", "own", "transcript.view", "own"),
          Map.of("chat.handle", "all", "conversation.view", "own", "transcript.view", "all"),
          Map.of("chat.handle", "all", "conversation.view", "department", "transcript.view", "all"),
          Map.of("chat.handle", "all", "conversation.view", "all", "transcript.view", "all"),
          Map.of(
              "chat.handle", "all",
              "conversation.view", "all",
              "transcript.view", "all",
              "statistics.view", "own"),
          Map.of(
              "chat.handle", "all",
              "conversation.view", "all",
              "transcript.view", "department",
              "statistics.view", "own"),
          Map.of(
              "chat.handle", "all",
              "conversation.view", "all",
              "transcript.view", "department",
              "statistics.view", "department"),
          Map.of(
              "chat.handle", "all",
              "conversation.view", "department",
              "transcript.view", "department",
              "statistics.view", "department",
              "canned.use", "all"),
          Map.of(
              "chat.handle", "all",
              "conversation.view", "all",
              "transcript.view", "all",
              "statistics.view", "all",
              "canned.use", "all"));

  /** New-only saves the list allows, leaving a version for the final apply. */
  static final int MAX_SAVES = VERSIONS.size() - 2;

  private RoleGrants() {}

  /** The grants of version {@code version} (1-based), sorted by permission. */
  static Map<String, String> of(int version) {
    return new TreeMap<>(VERSIONS.get(version - 1));
  }

  /** Every permission any version grants: what a check compares. */
  static TreeSet<String> permissions() {
    TreeSet<String> all = new TreeSet<>();
    VERSIONS.forEach(grants -> all.addAll(grants.keySet()));
    return all;
  }

  /** {@code a=all, b=own} for the report. */
  static String text(Map<String, String> grants) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(grants)
        .forEach(
            (p, level) ->
                text.append(text.isEmpty() ? "" : ", ").append(p).append('=').append(level));
    return text.toString();
  }
}
