package io.chataccess.policy;

import java.util.Objects;
import java.util.Set;

/**
 * What a login step asks of a user's chat access: a license, any chat permission at all, or one
 * permission at a minimum level (on one inbox, or on at least one inbox when none is named).
 *
 * @param kind what is required
 * @param permission the permission key, for {@link Kind#PERMISSION}
 * @param minimum the lowest level that satisfies, for {@link Kind#PERMISSION}
 * @param inboxId the inbox the level must hold on; {@code null} means any inbox
 */
public record AccessRequirement(Kind kind, String permission, Level minimum, String inboxId) {

  /** What kind of chat access is required. */
  public enum Kind {
    /** The user holds at least one chat license. */
    LICENSE,
    /** The user has some chat permission above none, on some inbox or everywhere. */
    ANY_PERMISSION,
    /** The user has {@code permission} at {@code minimum} or higher. */
    PERMISSION
  }

  public AccessRequirement {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.PERMISSION) {
      Objects.requireNonNull(permission, "permission");
      Objects.requireNonNull(minimum, "minimum");
      if (minimum == Level.NONE) {
        throw new IllegalArgumentException("a minimum level of none requires nothing");
      }
    }
  }

  public static AccessRequirement license() {
    return new AccessRequirement(Kind.LICENSE, null, null, null);
  }

  public static AccessRequirement anyPermission() {
    return new AccessRequirement(Kind.ANY_PERMISSION, null, null, null);
  }

  public static AccessRequirement permission(String permission, Level minimum, String inboxId) {
    return new AccessRequirement(Kind.PERMISSION, permission, minimum, inboxId);
  }

  /** Whether a user with these effective permissions and license type ids meets the requirement. */
  public boolean isMetBy(EffectivePermissions effective, Set<String> licenseTypeIds) {
    return switch (kind) {
      case LICENSE -> !licenseTypeIds.isEmpty();
      case ANY_PERMISSION -> !effective.isEmpty();
      case PERMISSION -> highestLevel(effective).isAtLeast(minimum);
    };
  }

  /** The level of {@code permission} on the inbox, or its highest level on any inbox. */
  private Level highestLevel(EffectivePermissions effective) {
    if (inboxId != null) {
      return effective.level(permission, inboxId);
    }
    Level highest = effective.everywhere().level(permission);
    for (Grants grants : effective.perInbox().values()) {
      highest = highest.max(grants.level(permission));
    }
    return highest;
  }
}
