package io.chataccess.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reverse index of a policy: which assignment subjects reach which inboxes. A search for "who
 * may do P here" starts from these subjects instead of resolving every user of the realm; each
 * candidate is then decided by the same resolver as a token, so the index only has to be complete,
 * never exact.
 */
public final class SubjectIndex {

  private final Set<Subject> everywhere = new LinkedHashSet<>();
  private final List<Set<Subject>> byInboxPosition;
  private final InboxTree tree;

  SubjectIndex(InboxTree tree, Collection<Assignment> assignments) {
    this.tree = tree;
    this.byInboxPosition = new ArrayList<>();
    for (int i = 0; i < tree.inboxes().size(); i++) {
      byInboxPosition.add(new HashSet<>());
    }
    for (Assignment assignment : assignments) {
      if (assignment.scope() instanceof Scope.All) {
        everywhere.add(assignment.subject());
      } else {
        ScopeReach.forEachPosition(
            assignment.scope(), tree, at -> byInboxPosition.get(at).add(assignment.subject()));
      }
    }
  }

  /** Every subject with an assignment that reaches at least one of these inboxes. */
  public Set<Subject> reaching(Collection<TreeNode> inboxes) {
    Set<Subject> subjects = new LinkedHashSet<>(everywhere);
    for (TreeNode inbox : inboxes) {
      int position = tree.inboxPosition(inbox.id());
      if (position >= 0) {
        subjects.addAll(byInboxPosition.get(position));
      }
    }
    return subjects;
  }
}
