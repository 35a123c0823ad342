package io.chataccess.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers a user's assignments over all its memberships, each once (through the first membership
 * that reaches it), with the role version in effect: the assignment's pin, else the version a "new
 * only" save kept the user on, else the current one. Assignments of unknown roles are skipped.
 */
final class AssignmentCollector {

  private AssignmentCollector() {}

  static List<ResolvedAssignment> collect(ChatPolicy policy, UserContext user) {
    List<ResolvedAssignment> result = new ArrayList<>();
    Set<String> seen = null;
    for (Membership membership : user.memberships()) {
      for (Assignment assignment : policy.assignmentsOf(membership.subject())) {
        if (seen == null) {
          seen = new HashSet<>();
        }
        if (!seen.add(assignment.id())) {
          continue;
        }
        Integer kept = assignment.hasRole() ? user.keptVersions().get(assignment.roleId()) : null;
        ResolvedAssignment resolved = resolve(policy, assignment, membership, kept);
        if (resolved != null) {
          result.add(resolved);
        }
      }
    }
    return result;
  }

  private static ResolvedAssignment resolve(
      ChatPolicy policy, Assignment assignment, Membership membership, Integer kept) {
    PermissionCatalog catalog = policy.catalog();
    if (!assignment.hasRole()) {
      Grants grants = CatalogGrants.fit(catalog, assignment.inlineGrants());
      return new ResolvedAssignment(assignment, membership, null, null, false, false, grants, true);
    }
    ChatRole role = policy.role(assignment.roleId()).orElse(null);
    if (role == null) {
      return null;
    }
    RoleVersion version = null;
    boolean keptBack = false;
    if (assignment.pinnedVersion() != null) {
      version = role.version(assignment.pinnedVersion()).orElse(null);
    } else if (kept != null) {
      version = role.version(kept).orElse(null);
      keptBack = version != null;
    }
    boolean pinned = version != null;
    if (version == null) {
      version = role.current();
    }
    Grants grants = CatalogGrants.fit(catalog, version.grants());
    return new ResolvedAssignment(
        assignment, membership, role, version, pinned, keptBack, grants, version.requiresLicense());
  }
}
