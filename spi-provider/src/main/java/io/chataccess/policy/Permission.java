package io.chataccess.policy;

import java.util.Objects;

/**
 * One entry of the permission catalog.
 *
 * @param requires the permission this one depends on, or null: its effective level is at most the
 *     prerequisite's on the same inbox (see {@link Prerequisites})
 */
public record Permission(
    String key, PermissionKind kind, String description, boolean builtIn, String requires) {

  public Permission {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    description = description == null ? "" : description;
  }

  /** A permission without a prerequisite. */
  public Permission(String key, PermissionKind kind, String description, boolean builtIn) {
    this(key, kind, description, builtIn, null);
  }

  public boolean allows(Level level) {
    return kind.allows(level);
  }

  /** This permission as a realm's own, with the same prerequisite. */
  Permission asCustom() {
    return new Permission(key, kind, description, false, requires);
  }
}
