package io.chataccess.policy;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Everything the resolver needs to know about one user, gathered by the Keycloak adapter. */
public record UserContext(
    String userId, List<Membership> memberships, Set<String> licenseTypeIds, boolean suspended) {

  public UserContext {
    Objects.requireNonNull(userId, "userId");
    memberships = List.copyOf(memberships);
    licenseTypeIds = Set.copyOf(licenseTypeIds);
  }
}
