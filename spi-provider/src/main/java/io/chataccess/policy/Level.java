package io.chataccess.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a permission reaches: {@code none < own < department < all}. {@code own} covers the
 * conversations assigned to the user, {@code department} adds those of users sharing one of the
 * user's departments, {@code all} covers any conversation in scope.
 */
public enum Level {
  NONE,
  OWN,
  DEPARTMENT,
  ALL;

  /** The lower-case name used in JSON, claims and documents. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Level> fromWireName(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (Level level : values()) {
      if (level.wireName().equals(value)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public Level max(Level other) {
    return other.compareTo(this) > 0 ? other : this;
  }

  public boolean isAtLeast(Level other) {
    return compareTo(other) >= 0;
  }
}
