package io.chataccess.policy;

import java.util.EnumSet;
import java.util.Set;

/** Whether a permission has the four scoped levels or is a plain yes/no switch. */
public enum PermissionKind {
  /** Levels {@code none < own < department < all}. */
  SCOPED(EnumSet.allOf(Level.class)),
  /** Levels {@code none < all}. */
  BOOLEAN(EnumSet.of(Level.NONE, Level.ALL));

  private final Set<Level> levels;

  PermissionKind(Set<Level> levels) {
    this.levels = levels;
  }

  public boolean allows(Level level) {
    return levels.contains(level);
  }

  public Set<Level> levels() {
    return EnumSet.copyOf(levels);
  }
}
