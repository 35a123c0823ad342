package io.chataccess.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A chat role (permission profile) with all its saved versions. */
public record ChatRole(String id, String key, String name, List<RoleVersion> versions) {

  public ChatRole {
    Objects.requireNonNull(id, "id");
    versions = versions.stream().sorted(Comparator.comparingInt(RoleVersion::number)).toList();
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("role " + key + " has no version");
    }
  }

  /** The newest version: what unpinned assignments get. */
  public RoleVersion current() {
    return versions.get(versions.size() - 1);
  }

  public Optional<RoleVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }
}
