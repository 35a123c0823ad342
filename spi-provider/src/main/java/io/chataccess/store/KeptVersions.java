package io.chataccess.store;

import java.util.HashMap;
import java.util.Map;

/**
 * Who a "new only" save kept on which version of a role: per user id, per role id, the version.
 * Part of the realm snapshot, so that a token needs no query for it.
 */
public final class KeptVersions {

  private static final KeptVersions NONE = new KeptVersions(Map.of());

  private final Map<String, Map<String, Integer>> byUser;

  private KeptVersions(Map<String, Map<String, Integer>> byUser) {
    this.byUser = byUser;
  }

  public static KeptVersions none() {
    return NONE;
  }

  /** Builds the index from rows of (user id, role id, version). */
  public static Builder builder() {
    return new Builder();
  }

  /** Per role id, the version the user was kept on; empty when none. */
  public Map<String, Integer> of(String userId) {
    return byUser.getOrDefault(userId, Map.of());
  }

  /** Collects rows into a {@link KeptVersions}. */
  public static final class Builder {
    private final Map<String, Map<String, Integer>> byUser = new HashMap<>();

    public Builder add(String userId, String roleId, int version) {
      byUser.computeIfAbsent(userId, id -> new HashMap<>()).put(roleId, version);
      return this;
    }

    public KeptVersions build() {
      if (byUser.isEmpty()) {
        return NONE;
      }
      Map<String, Map<String, Integer>> frozen = new HashMap<>(byUser.size() * 2);
      byUser.forEach((user, roles) -> frozen.put(user, Map.copyOf(roles)));
      return new KeptVersions(frozen);
    }
  }
}
