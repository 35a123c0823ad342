package io.chataccess.policy;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The conversation channel of an inbox: one of the built-in channels or {@code custom:<name>}. */
public record Channel(String value) {

  public static final Set<String> BUILT_IN =
      Set.of("web", "in_app", "whatsapp", "sms", "email", "messenger", "apple", "line");

  private static final String CUSTOM_PREFIX = "custom:";
  private static final int CUSTOM_NAME_CHARS = 41;
  private static final Pattern CUSTOM_NAME =
      Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (CUSTOM_NAME_CHARS - 1) + "}");

  /** The longest channel value: {@code custom:} and the longest name. */
  public static final int MAX_CHARS = CUSTOM_PREFIX.length() + CUSTOM_NAME_CHARS;

  /** What a client is told when a channel is not one. */
  public static final String EXPECTED =
      "one of " + String.join(", ", new TreeSet<>(BUILT_IN)) + " or custom:<name>";

  public Channel {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a channel: " + value);
    }
  }

  public static Optional<Channel> parse(String value) {
    return isValid(value) ? Optional.of(new Channel(value)) : Optional.empty();
  }

  public static Channel of(String value) {
    return new Channel(value);
  }

  public static boolean isValid(String value) {
    if (value == null) {
      return false;
    }
    if (BUILT_IN.contains(value)) {
      return true;
    }
    return value.startsWith(CUSTOM_PREFIX)
        && CUSTOM_NAME.matcher(value.substring(CUSTOM_PREFIX.length())).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
