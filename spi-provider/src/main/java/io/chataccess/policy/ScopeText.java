package io.chataccess.policy;

import java.util.List;

/**
 * A scope as text for explanations: {@code all}, {@code node emea/berlin}, {@code inboxes a, b}.
 */
final class ScopeText {

  private ScopeText() {}

  static String of(Scope scope, InboxTree tree) {
    if (scope instanceof Scope.Node node) {
      List<String> path = tree.pathOf(node.nodeId());
      return "node " + (path.isEmpty() ? node.nodeId() : String.join("/", path));
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
}
