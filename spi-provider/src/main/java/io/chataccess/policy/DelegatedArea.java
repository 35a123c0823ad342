package io.chataccess.policy;

import java.util.HashSet;
import java.util.Set;

/**
 * Where a user may administer chat access by delegation: the scopes of the user's assignments that
 * grant {@value #PERMISSION}. A user holding it on a node administers assignments scoped to that
 * node, to nodes below it and to inboxes below it; on chosen inboxes, assignments listing only
 * those inboxes (never a node scope, which would reach the inbox's sub-inboxes, present and
 * future); on every inbox, every scope. A suspended user administers nothing. License gating does
 * not apply: administering is not chatting.
 */
public final class DelegatedArea {

  public static final String PERMISSION = "access.manage";

  private static final DelegatedArea NOTHING = new DelegatedArea(false, Set.of(), Set.of());

  private final boolean everything;
  private final Set<String> nodeIds;
  private final Set<String> inboxIds;

  private DelegatedArea(boolean everything, Set<String> nodeIds, Set<String> inboxIds) {
    this.everything = everything;
    this.nodeIds = Set.copyOf(nodeIds);
    this.inboxIds = Set.copyOf(inboxIds);
  }

  public static DelegatedArea nothing() {
    return NOTHING;
  }

  public static DelegatedArea of(ChatPolicy policy, UserContext user) {
    if (user.suspended()) {
      return NOTHING;
    }
    boolean everything = false;
    Set<String> nodes = new HashSet<>();
    Set<String> inboxes = new HashSet<>();
    for (ResolvedAssignment assignment : AssignmentCollector.collect(policy, user)) {
      if (assignment.grants().level(PERMISSION) == Level.NONE) {
        continue;
      }
      Scope scope = assignment.scope();
      if (scope instanceof Scope.All) {
        everything = true;
      } else if (scope instanceof Scope.Node node) {
        nodes.add(node.nodeId());
      } else if (scope instanceof Scope.Nodes several) {
        nodes.addAll(several.nodeIds());
      } else if (scope instanceof Scope.Inboxes chosen) {
        inboxes.addAll(chosen.inboxIds());
      }
    }
    return everything || !nodes.isEmpty() || !inboxes.isEmpty()
        ? new DelegatedArea(everything, nodes, inboxes)
        : NOTHING;
  }

  public boolean isEmpty() {
    return !everything && nodeIds.isEmpty() && inboxIds.isEmpty();
  }

  /** Whether an assignment with {@code scope} lies inside the area. */
  public boolean covers(InboxTree tree, Scope scope) {
    if (everything) {
      return true;
    }
    if (scope instanceof Scope.Node node) {
      // a node scope covers the node's whole subtree, present and future: only a delegated node
      // at or above it covers that, never a delegation on chosen inboxes (not even on that inbox)
      return liesInDelegatedNode(tree, node.nodeId());
    }
    if (scope instanceof Scope.Nodes several) {
      return !several.nodeIds().isEmpty()
          && several.nodeIds().stream().allMatch(id -> liesInDelegatedNode(tree, id));
    }
    if (scope instanceof Scope.Inboxes chosen) {
      return !chosen.inboxIds().isEmpty()
          && chosen.inboxIds().stream()
              .allMatch(id -> inboxIds.contains(id) || liesInDelegatedNode(tree, id));
    }
    return false;
  }

  /** The node is one of the area's nodes or lies below one. */
  private boolean liesInDelegatedNode(InboxTree tree, String nodeId) {
    TreeNode node = tree.node(nodeId).orElse(null);
    while (node != null) {
      if (nodeIds.contains(node.id())) {
        return true;
      }
      node = node.parentId() == null ? null : tree.node(node.parentId()).orElse(null);
    }
    return false;
  }
}
