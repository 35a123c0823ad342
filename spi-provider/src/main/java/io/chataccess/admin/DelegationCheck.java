package io.chataccess.admin;

import io.chataccess.cache.ChatAccessView;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.ChatRole;
import io.chataccess.policy.DelegatedArea;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Level;
import io.chataccess.policy.RoleVersion;
import io.chataccess.policy.SubjectType;
import io.chataccess.rest.ProblemException;
import io.chataccess.store.StoredAssignment;
import java.util.Optional;

/**
 * What a delegated administrator (a user holding access.manage on part of the tree, without the
 * realm's rights) may do with assignments: assign users, inside that part of the tree, roles that
 * do not hand on access.manage. Everyone else is checked with the realm's rights instead.
 */
final class DelegationCheck {

  private final AdminContext context;
  private ChatPolicy policy;

  DelegationCheck(AdminContext context) {
    this.context = context;
  }

  /** Whether the assignment lies inside the caller's delegated area (for listing). */
  boolean covers(StoredAssignment assignment) {
    return context.delegatedArea().covers(policy().tree(), assignment.scope());
  }

  void requireAllowed(StoredAssignment assignment) {
    if (assignment.subject().type() != SubjectType.USER) {
      throw ProblemException.forbidden("A delegated chat administrator assigns users only.");
    }
    if (grantsOf(assignment).level(DelegatedArea.PERMISSION) != Level.NONE) {
      throw ProblemException.forbidden(
          "A delegated chat administrator cannot hand on " + DelegatedArea.PERMISSION + ".");
    }
    if (!covers(assignment)) {
      throw ProblemException.forbidden(
          "The assignment reaches beyond the part of the inbox tree you administer.");
    }
  }

  /** The grants the assignment gives: inline, or its role's pinned or current version. */
  private Grants grantsOf(StoredAssignment assignment) {
    if (assignment.inlineGrants() != null) {
      return assignment.inlineGrants();
    }
    Optional<ChatRole> role = policy().role(assignment.roleId());
    if (role.isEmpty()) {
      return Grants.empty();
    }
    Optional<RoleVersion> version =
        assignment.pinnedVersion() == null
            ? Optional.of(role.get().current())
            : role.get().version(assignment.pinnedVersion());
    return version.map(RoleVersion::grants).orElse(Grants.empty());
  }

  private ChatPolicy policy() {
    if (policy == null) {
      policy = ChatAccessView.policyOf(context.session(), context.realm());
    }
    return policy;
  }
}
