package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.Level;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks an object of permission to level (a role version's or an inline assignment's {@code
 * grants}): every permission built in or declared, every level one that its kind allows.
 */
final class GrantsCheck {

  private final Map<String, PermissionKind> custom;
  private final List<String> problems;

  GrantsCheck(Map<String, PermissionKind> custom, List<String> problems) {
    this.custom = custom;
    this.problems = problems;
  }

  void check(JsonNode grants, String at) {
    if (!grants.isObject()) {
      problems.add(at + ": must be an object of permission to level");
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> entries = grants.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> grant = entries.next();
      String permission = grant.getKey();
      PermissionKind kind =
          PermissionCatalog.builtIn()
              .find(permission)
              .map(p -> p.kind())
              .orElse(custom.get(permission));
      if (kind == null) {
        problems.add(at + "." + permission + ": neither built in nor declared in permissions");
        continue;
      }
      Level level = Level.fromWireName(grant.getValue().asText(null)).orElse(null);
      if (level == null) {
        problems.add(at + "." + permission + ": not a level: " + grant.getValue());
      } else if (!kind.allows(level)) {
        problems.add(
            at + "." + permission + ": " + level.wireName() + " is not a level of a " + kind);
      }
    }
  }
}
