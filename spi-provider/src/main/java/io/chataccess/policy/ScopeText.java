package io.chataccess.policy;

import java.util.List;

/**
 * A scope as text for explanations: {@code all}, {@code node emea/berlin}, {@code nodes emea,
 * apac}, {@code inboxes a, b}.
 */
final class ScopeText {

  private ScopeText() {}

  static String of(Scope scope, InboxTree tree) {
    if (scope instanceof Scope.Node node) {
      return "node " + path(node.nodeId(), tree);
    }
    if (scope instanceof Scope.Nodes nodes) {
      return "nodes "
          + String.join(", ", nodes.nodeIds().stream().map(id -> path(id, tree)).sorted().toList());
    }
    if (scope instanceof Scope.Inboxes inboxes) {
      List<String> keys =
          inboxes.inboxIds().stream()
              .map(id -> tree.node(id).filter(TreeNode::isInbox).map(TreeNode::key).orElse(null))
              .filter(key -> key != null)
              .sorted()
              .toList();
      return "inboxes " + String.join(", ", keys);
    }
    return "all";
  }

  private static String path(String nodeId, InboxTree tree) {
    List<String> path = tree.pathOf(nodeId);
    return path.isEmpty() ? nodeId : String.join("/", path);
  }
}
