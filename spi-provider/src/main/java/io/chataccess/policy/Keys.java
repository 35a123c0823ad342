package io.chataccess.policy;

import java.util.regex.Pattern;

/** The syntax of the identifiers chat apps and documents use. */
public final class Keys {

  /** Keys of inbox tree nodes, license types and chat roles: the chat app's own ids. */
  public static final Pattern NODE_KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

  /** Keys of custom permissions: dotted lower-case words, e.g. {@code crm.export}. */
  public static final Pattern PERMISSION_KEY =
      Pattern.compile("[a-z][a-z0-9_-]{0,39}(\\.[a-z][a-z0-9_-]{0,39}){1,3}");

  private Keys() {}

  public static boolean isValidKey(String value) {
    return value != null && NODE_KEY.matcher(value).matches();
  }

  /** The longest custom permission key; the pattern alone would allow 163 characters. */
  public static final int PERMISSION_KEY_CHARS = 128;

  public static boolean isValidPermissionKey(String value) {
    return value != null
        && value.length() <= PERMISSION_KEY_CHARS
        && PERMISSION_KEY.matcher(value).matches();
  }
}
