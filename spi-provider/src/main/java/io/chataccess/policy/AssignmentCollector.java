package io.chataccess.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the assignments that reach a user through its memberships, chooses each role's version (the
 * pinned one if it still exists, else the current one) and checks the grants against the catalog:
 * unknown permissions are ignored, and a level above {@code none} of a yes/no permission counts as
 * {@code all}.
 */
final class AssignmentCollector {

  private AssignmentCollector() {}

  static List<ReachedAssignment> collect(ChatPolicy policy, UserContext user) {
    List<ReachedAssignment> reached = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Membership membership : user.memberships()) {
      for (Assignment assignment : policy.assignmentsOf(membership.subject())) {
        if (!seen.add(assignment.id())) {
          continue;
        }
        ReachedAssignment resolved = resolve(policy, assignment, membership);
        if (resolved != null) {
          reached.add(resolved);
        }
      }
    }
    return reached;
  }

  private static ReachedAssignment resolve(
      ChatPolicy policy, Assignment assignment, Membership membership) {
    if (!assignment.hasRole()) {
      return new ReachedAssignment(
          assignment, membership, null, null, checked(policy, assignment.inlineGrants()), true);
    }
    ChatRole role = policy.role(assignment.roleId()).orElse(null);
    if (role == null) {
      return null;
    }
    RoleVersion version =
        assignment.pinnedVersion() == null
            ? role.current()
            : role.version(assignment.pinnedVersion()).orElse(role.current());
    return new ReachedAssignment(
        assignment,
        membership,
        role,
        version,
        checked(policy, version.grants()),
        version.requiresLicense());
  }

  private static Grants checked(ChatPolicy policy, Grants grants) {
    Map<String, Level> levels = new LinkedHashMap<>();
    grants
        .asMap()
        .forEach(
            (key, level) ->
                policy
                    .catalog()
                    .find(key)
                    .ifPresent(
                        permission ->
                            levels.put(key, permission.allows(level) ? level : Level.ALL)));
    return levels.size() == grants.asMap().size() && levels.equals(grants.asMap())
        ? grants
        : Grants.of(levels);
  }
}
