package io.chataccess.policy;

import java.util.Objects;

/** One saved version of a chat role. Versions are numbered from 1. */
public record RoleVersion(int number, Grants grants, boolean requiresLicense) {

  public RoleVersion {
    if (number < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    Objects.requireNonNull(grants, "grants");
  }
}
