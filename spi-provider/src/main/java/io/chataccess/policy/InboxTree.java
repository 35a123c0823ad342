package io.chataccess.policy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The realm's locations and inboxes, indexed for scope expansion. */
public final class InboxTree {

  public InboxTree(Collection<TreeNode> nodes) {
    throw new UnsupportedOperationException("to be implemented");
  }

  public static InboxTree empty() {
    throw new UnsupportedOperationException("to be implemented");
  }

  public Optional<TreeNode> node(String id) {
    throw new UnsupportedOperationException("to be implemented");
  }

  /** Every inbox of the tree, in a stable order (depth-first, siblings by key). */
  public List<TreeNode> inboxes() {
    throw new UnsupportedOperationException("to be implemented");
  }

  /** The node itself if it is an inbox, and every inbox below it; empty for an unknown id. */
  public List<TreeNode> inboxesUnder(String nodeId) {
    throw new UnsupportedOperationException("to be implemented");
  }

  /** The keys from the root down to the node, e.g. {@code [emea, berlin, wa-berlin]}. */
  public List<String> pathOf(String nodeId) {
    throw new UnsupportedOperationException("to be implemented");
  }
}
