package io.chataccess.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the resolver needs to know about one user, gathered by the Keycloak adapter.
 *
 * @param keptVersions per role id, the version a "new only" save kept the user on: it applies to
 *     the role's assignments that are not pinned themselves
 */
public record UserContext(
    String userId,
    List<Membership> memberships,
    Set<String> licenseTypeIds,
    boolean suspended,
    Map<String, Integer> keptVersions) {

  public UserContext {
    Objects.requireNonNull(userId, "userId");
    memberships = List.copyOf(memberships);
    licenseTypeIds = Set.copyOf(licenseTypeIds);
    keptVersions = Map.copyOf(keptVersions);
  }

  /** A user no "new only" save kept back. */
  public UserContext(
      String userId, List<Membership> memberships, Set<String> licenseTypeIds, boolean suspended) {
    this(userId, memberships, licenseTypeIds, suspended, Map.of());
  }
}
