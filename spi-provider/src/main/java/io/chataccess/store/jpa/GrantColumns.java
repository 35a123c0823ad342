package io.chataccess.store.jpa;

import io.chataccess.policy.Grants;
import io.chataccess.policy.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Converts grants to and from their {@code permission -> level name} columns. */
final class GrantColumns {

  private GrantColumns() {}

  static Grants read(Map<String, String> columns) {
    Map<String, Level> levels = new TreeMap<>();
    columns.forEach(
        (permission, level) ->
            Level.fromWireName(level).ifPresent(parsed -> levels.put(permission, parsed)));
    return Grants.of(levels);
  }

  static Map<String, String> write(Grants grants) {
    Map<String, String> columns = new HashMap<>();
    grants.asMap().forEach((permission, level) -> columns.put(permission, level.wireName()));
    return columns;
  }
}
