package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.Keys;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a document's {@code permissions}: the custom permissions it adds to the catalog. */
final class CustomPermissionsCheck {

  private static final Set<String> PERMISSION_FIELDS = Set.of("key", "kind", "description");

  private CustomPermissionsCheck() {}

  /** The custom permissions declared, by key, with the problems found added to {@code problems}. */
  static Map<String, PermissionKind> declared(JsonNode permissions, List<String> problems) {
    Map<String, PermissionKind> custom = new HashMap<>();
    for (int i = 0; i < permissions.size(); i++) {
      JsonNode permission = permissions.get(i);
      String at = "$.permissions[" + i + "]";
      JsonFields.onlyKnown(permission, at, PERMISSION_FIELDS, problems);
      String key = permission.path("key").asText("");
      if (!Keys.isValidPermissionKey(key)) {
        problems.add(at + ".key: " + key + " must match " + Keys.PERMISSION_KEY.pattern());
      }
      if (PermissionCatalog.isBuiltIn(key)) {
        problems.add(at + ".key: " + key + " is built in, never listed");
      }
      PermissionKind kind =
          switch (permission.path("kind").asText("")) {
            case "scoped" -> PermissionKind.SCOPED;
            case "boolean" -> PermissionKind.BOOLEAN;
            default -> null;
          };
      if (kind == null) {
        problems.add(at + ".kind: must be scoped or boolean");
      } else if (custom.put(key, kind) != null) {
        problems.add(at + ".key: " + key + " appears twice");
      }
    }
    return custom;
  }
}
