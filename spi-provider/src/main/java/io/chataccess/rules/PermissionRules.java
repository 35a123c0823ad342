package io.chataccess.rules;

import io.chataccess.policy.Keys;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;

/** The fields of a custom permission, as the API and the document give them. */
public final class PermissionRules {

  private PermissionRules() {}

  /**
   * A custom key: dotted lower-case words of at most {@link Limits#PERMISSION_KEY_CHARS}. Whether
   * it is taken (a built-in or an existing custom key) is for the caller: a conflict over REST, an
   * error of the document.
   */
  public static boolean key(String key, String field, FieldErrors errors) {
    return errors.check(
        Keys.isValidPermissionKey(key),
        field,
        "dotted lower-case words of at most "
            + Limits.PERMISSION_KEY_CHARS
            + " characters, e.g. crm.export ("
            + Keys.PERMISSION_KEY.pattern()
            + ")");
  }

  /** {@code scoped} or {@code boolean}; null (and an error) otherwise. */
  public static PermissionKind kind(String value, String field, FieldErrors errors) {
    PermissionKind kind =
        "scoped".equals(value)
            ? PermissionKind.SCOPED
            : "boolean".equals(value) ? PermissionKind.BOOLEAN : null;
    errors.check(kind != null, field, "must be scoped or boolean");
    return kind;
  }

  /**
   * A permission's prerequisite, checked against the catalog it joins (which holds it): absent, or
   * another permission of that catalog whose chain of prerequisites does not lead back to it.
   */
  public static boolean prerequisite(
      Permission permission, PermissionCatalog catalog, String field, FieldErrors errors) {
    String requires = permission.requires();
    if (requires == null) {
      return true;
    }
    if (!errors.check(
        !requires.equals(permission.key()), field, "a permission cannot require itself")) {
      return false;
    }
    if (!errors.check(catalog.contains(requires), field, "a permission of the catalog")) {
      return false;
    }
    String step = requires;
    for (int i = 0; step != null && i <= catalog.permissions().size(); i++) {
      if (step.equals(permission.key())) {
        return errors.check(
            false, field, requires + " requires " + permission.key() + " in turn: a cycle");
      }
      step = catalog.prerequisiteOf(step).orElse(null);
    }
    return true;
  }
}
