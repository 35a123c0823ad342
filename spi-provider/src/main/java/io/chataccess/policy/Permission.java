package io.chataccess.policy;

import java.util.Objects;

/** One entry of the permission catalog. */
public record Permission(String key, PermissionKind kind, String description, boolean builtIn) {

  public Permission {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    description = description == null ? "" : description;
  }

  public boolean allows(Level level) {
    return kind.allows(level);
  }
}
