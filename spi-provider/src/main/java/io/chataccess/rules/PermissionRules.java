package io.chataccess.rules;

import io.chataccess.policy.Keys;
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
}
