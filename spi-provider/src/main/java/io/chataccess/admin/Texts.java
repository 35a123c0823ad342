package io.chataccess.admin;

import io.chataccess.rest.FieldErrors;

/** Checks on free-text fields: names and descriptions. */
final class Texts {

  static final int MAX_NAME = 255;
  static final int MAX_DESCRIPTION = 2048;

  private Texts() {}

  static void name(String value, String field, FieldErrors errors) {
    errors.check(
        value != null && !value.isBlank() && value.length() <= MAX_NAME && isPrintable(value),
        field,
        "required, 1 to " + MAX_NAME + " printable characters");
  }

  static void description(String value, String field, FieldErrors errors) {
    errors.check(
        value == null
            || (value.length() <= MAX_DESCRIPTION && isPrintable(value.replace('\n', ' '))),
        field,
        "at most " + MAX_DESCRIPTION + " printable characters");
  }

  /** No control characters, no unpaired surrogates, no non-characters. */
  static boolean isPrintable(String value) {
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
