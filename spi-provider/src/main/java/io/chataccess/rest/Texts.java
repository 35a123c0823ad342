package io.chataccess.rest;

/** Checks on free-text fields: names and descriptions. */
public final class Texts {

  public static final int MAX_NAME = 255;
  public static final int MAX_DESCRIPTION = 2048;

  private Texts() {}

  public static void name(String value, String field, FieldErrors errors) {
    errors.check(
        value != null && !value.isBlank() && value.length() <= MAX_NAME && isPrintable(value),
        field,
        "required, 1 to " + MAX_NAME + " printable characters");
  }

  public static void description(String value, String field, FieldErrors errors) {
    errors.check(
        value == null
            || (value.length() <= MAX_DESCRIPTION && isPrintable(value.replace('\n', ' '))),
        field,
        "at most " + MAX_DESCRIPTION + " printable characters");
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
