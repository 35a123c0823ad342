package io.chataccess.policy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Everything a resolution depends on besides the policy: the subjects a user counts as, its
 * licenses, suspension and kept role versions. The user's id counts only when the user has an
 * assignment of its own; without one, team mates of equal memberships have equal keys and share a
 * resolution ({@link ChatPolicy#memo}). Group paths and explanation texts are not part of it: they
 * do not change a resolution.
 */
public record ResolutionKey(
    Set<Subject> subjects,
    Set<String> licenseTypeIds,
    boolean suspended,
    Map<String, Integer> keptVersions) {

  public static ResolutionKey of(ChatPolicy policy, UserContext user) {
    Subject itself = Subject.user(user.userId());
    boolean ownAssignments = !policy.assignmentsOf(itself).isEmpty();
    Set<Subject> subjects = new HashSet<>();
    for (Membership membership : user.memberships()) {
      if (ownAssignments || !membership.subject().equals(itself)) {
        subjects.add(membership.subject());
      }
    }
    return new ResolutionKey(
        Set.copyOf(subjects), user.licenseTypeIds(), user.suspended(), user.keptVersions());
  }
}
