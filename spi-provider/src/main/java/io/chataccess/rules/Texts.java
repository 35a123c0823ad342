package io.chataccess.rules;

import io.chataccess.policy.Keys;

/** Checks on keys and free-text fields: names, descriptions, reasons. */
public final class Texts {

  private Texts() {}

  /** Keys of nodes, licenses and roles. */
  public static void key(String value, String field, FieldErrors errors) {
    errors.check(Keys.isValidKey(value), field, "must match " + Keys.NODE_KEY.pattern());
  }

  public static void name(String value, String field, FieldErrors errors) {
    errors.check(
        value != null
            && !value.isBlank()
            && value.length() <= Limits.NAME_CHARS
            && isPrintable(value),
        field,
        "required, 1 to " + Limits.NAME_CHARS + " printable characters");
  }

  /** Optional multi-line text: descriptions. */
  public static void description(String value, String field, FieldErrors errors) {
    optionalText(value, Limits.DESCRIPTION_CHARS, field, errors);
  }

  /** Why a user was suspended: optional, multi-line. */
  public static void reason(String value, String field, FieldErrors errors) {
    optionalText(value, Limits.SUSPENSION_REASON_CHARS, field, errors);
  }

  private static void optionalText(String value, int max, String field, FieldErrors errors) {
    errors.check(
        value == null || (value.length() <= max && isPrintable(value.replace('\n', ' '))),
        field,
        "at most " + max + " printable characters");
  }

  /**
   * A name or path that refers to something else (a group path, a user name, a department): not
   * blank, at most {@link Limits#REFERENCE_CHARS} characters, printable (a NUL would reach the
   * database in a look-up, which PostgreSQL refuses).
   */
  public static boolean isReference(String value) {
    return value != null
        && !value.isBlank()
        && value.length() <= Limits.REFERENCE_CHARS
        && isPrintable(value);
  }

  /**
   * A Keycloak or chat-access id as a caller gives it: not blank, at most {@link Limits#ID_CHARS}
   * characters, printable. Anything else names nothing, and is never looked up (a NUL would reach
   * the database, which PostgreSQL refuses).
   */
  public static boolean isId(String value) {
    return value != null
        && !value.isBlank()
        && value.length() <= Limits.ID_CHARS
        && isPrintable(value);
  }

  /** No control characters, no unpaired surrogates, no non-characters. */
  public static boolean isPrintable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
