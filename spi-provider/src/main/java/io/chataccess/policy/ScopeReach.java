package io.chataccess.policy;

import java.util.function.IntConsumer;

/** Which inboxes of a tree a scope reaches: by id for explanations, by position for the claim. */
final class ScopeReach {

  private ScopeReach() {}

  static boolean reaches(Scope scope, InboxTree tree, String inboxId) {
    if (scope instanceof Scope.Node node) {
      return tree.contains(node.nodeId(), inboxId);
    }
    if (scope instanceof Scope.Nodes nodes) {
      for (String nodeId : nodes.nodeIds()) {
        if (tree.contains(nodeId, inboxId)) {
          return true;
        }
      }
      return false;
    }
    if (scope instanceof Scope.Inboxes inboxes) {
      return inboxes.inboxIds().contains(inboxId);
    }
    return true;
  }

  /**
   * Hands every inbox position the scope reaches to {@code at}, each once: nodes of a several-node
   * scope may lie below one another (a node moved below another keeps its place in the scope).
   */
  static void forEachPosition(Scope scope, InboxTree tree, IntConsumer at) {
    if (scope instanceof Scope.Inboxes inboxes) {
      for (String id : inboxes.inboxIds()) {
        int position = tree.inboxPosition(id);
        if (position >= 0) {
          at.accept(position);
        }
      }
    } else if (scope instanceof Scope.Node node) {
      int[] run = tree.inboxRun(node.nodeId());
      if (run != null) {
        range(run[0], run[1], at);
      }
    } else if (scope instanceof Scope.Nodes nodes) {
      eachOnce(nodes, tree, at);
    } else {
      range(0, tree.inboxes().size(), at);
    }
  }

  /** Runs of a pre-order tree are nested or apart: a run inside one already walked is skipped. */
  private static void eachOnce(Scope.Nodes nodes, InboxTree tree, IntConsumer at) {
    int[][] runs =
        nodes.nodeIds().stream()
            .map(tree::inboxRun)
            .filter(run -> run != null)
            .sorted((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : b[1] - a[1])
            .toArray(int[][]::new);
    int walkedTo = 0;
    for (int[] run : runs) {
      if (run[1] > walkedTo) {
        range(Math.max(run[0], walkedTo), run[1], at);
        walkedTo = run[1];
      }
    }
  }

  private static void range(int from, int to, IntConsumer at) {
    for (int position = from; position < to; position++) {
      at.accept(position);
    }
  }
}
