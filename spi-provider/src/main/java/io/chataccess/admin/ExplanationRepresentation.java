package io.chataccess.admin;

import io.chataccess.admin.AssignmentRepresentation.SubjectRepresentation;
import io.chataccess.policy.Explanation;
import io.chataccess.policy.TreeNode;
import java.util.List;
import org.keycloak.models.UserModel;

/** Why a user has its level for one permission in one inbox. */
public record ExplanationRepresentation(
    String userId,
    String username,
    String permission,
    InboxRef inbox,
    String level,
    boolean suspended,
    List<ContributionRepresentation> contributions,
    CapRepresentation cappedBy) {

  /**
   * The prerequisite that held the level down: the assignments grant {@code granted}, the
   * permission requires {@code permission}, held at {@code level} in the inbox.
   */
  public record CapRepresentation(String permission, String level, String granted) {}

  /** The inbox explained. */
  public record InboxRef(String id, String key) {}

  /** A role, when the contribution comes from one. */
  public record RoleRef(String id, String key, String name) {}

  /**
   * One assignment's part in the result; {@code keptBack}: the version is the one a "new only" save
   * kept this user on.
   */
  public record ContributionRepresentation(
      String assignmentId,
      RoleRef role,
      Integer version,
      boolean pinned,
      boolean keptBack,
      String level,
      SubjectRepresentation subject,
      String via,
      String scope,
      String dropped,
      boolean winning) {}

  static ExplanationRepresentation of(
      UserModel user, TreeNode inbox, Explanation explanation, AssignmentConverter names) {
    return new ExplanationRepresentation(
        user.getId(),
        user.getUsername(),
        explanation.permission(),
        new InboxRef(inbox.id(), inbox.key()),
        explanation.level().wireName(),
        explanation.suspended(),
        explanation.contributions().stream()
            .map(
                c ->
                    new ContributionRepresentation(
                        c.assignmentId(),
                        c.roleId() == null
                            ? null
                            : new RoleRef(c.roleId(), c.roleKey(), c.roleName()),
                        c.version(),
                        c.pinned(),
                        c.keptBack(),
                        c.level().wireName(),
                        new SubjectRepresentation(
                            c.subject().type().wireName(),
                            c.subject().id(),
                            names.subjectName(c.subject()).orElse(null)),
                        c.via(),
                        c.scope(),
                        c.dropped() == null ? null : c.dropped().wireName(),
                        c.winning()))
            .toList(),
        explanation.cap() == null
            ? null
            : new CapRepresentation(
                explanation.cap().prerequisite(),
                explanation.cap().prerequisiteLevel().wireName(),
                explanation.cap().granted().wireName()));
  }
}
