package io.chataccess.domain;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.rules.Rejected;
import io.chataccess.store.StoredAssignment;
import io.chataccess.store.StoredNode;
import java.util.List;

/**
 * Creating, changing (renaming, moving) and deleting inbox tree nodes, decided on the tree as read
 * after the realm's write lock. Runs in a {@link WriteUnit}. The document import replaces the tree
 * as a whole, checked as a whole by the same rules; it removes nodes with {@link #remove}.
 */
public final class TreeChanges {

  /**
   * What a delete removed: the nodes, children first, the assignments that pointed at them, and the
   * tree as it was (for the removed nodes' paths).
   */
  public record Removed(
      NodeTree before, List<StoredNode> nodes, List<StoredAssignment> assignments) {}

  /** A written node and the tree it is now part of (for its path), without reading it again. */
  public record Written(StoredNode node, NodeTree tree) {}

  private final WriteUnit unit;

  public TreeChanges(WriteUnit unit) {
    this.unit = unit;
  }

  /** The realm's tree as stored now. */
  public NodeTree tree() {
    return new NodeTree(unit.store().nodes().list(unit.realmId()));
  }

  public Written create(StoredNode node) {
    NodeTree tree = tree();
    tree.checkPlacement(node);
    requireKeyFree(node.key(), null);
    StoredNode created = unit.store().nodes().create(unit.realmId(), node);
    declare(created.id());
    return new Written(created, tree.with(created));
  }

  /** Renames, moves or re-attributes a node; its type stays. */
  public Written change(StoredNode node) {
    NodeTree tree = tree();
    StoredNode existing = tree.require(node.id());
    if (existing.type() != node.type()) {
      throw Rejected.invalid("type", "cannot change from " + existing.type().wireName());
    }
    tree.checkPlacement(node);
    requireKeyFree(node.key(), node.id());
    StoredNode changed = unit.store().nodes().update(unit.realmId(), node);
    declare(changed.id());
    return new Written(changed, tree.with(changed));
  }

  /**
   * Deletes a node. Without {@code cascade} only a leaf that no assignment points at; with it, the
   * whole subtree, detaching the assignments that pointed into it.
   */
  public Removed delete(String id, boolean cascade) {
    NodeTree tree = tree();
    StoredNode node = tree.require(id);
    List<StoredNode> subtree = tree.subtreeChildrenFirst(id);
    List<String> ids = subtree.stream().map(StoredNode::id).toList();
    long referencing = unit.store().nodes().countAssignmentsReferencing(unit.realmId(), ids);
    if (!cascade && (subtree.size() > 1 || referencing > 0)) {
      throw Rejected.conflict(
          "Node "
              + node.key()
              + " has "
              + (subtree.size() - 1)
              + " nodes below it and "
              + referencing
              + " assignments pointing at it; delete with cascade=true to remove them.");
    }
    return new Removed(tree, subtree, remove(ids));
  }

  /**
   * Creates (no id) or updates a node of a tree that is replaced as a whole: the document import,
   * which has checked the whole new tree with the same rules, parents before children.
   */
  public StoredNode put(StoredNode node) {
    return node.id() == null
        ? unit.store().nodes().create(unit.realmId(), node)
        : unit.store().nodes().update(unit.realmId(), node);
  }

  /**
   * Removes nodes given children first, and detaches the assignments that pointed at them: the
   * assignments that pointed only there are deleted and returned.
   */
  public List<StoredAssignment> remove(List<String> idsChildrenFirst) {
    for (StoredNode node : unit.store().nodes().list(unit.realmId())) {
      if (idsChildrenFirst.contains(node.id())) {
        unit.changes().kind(ChangeKinds.NODE).nodeKey(node.key()).allUsers();
      }
    }
    List<StoredAssignment> detached =
        unit.store().assignments().detachNodes(unit.realmId(), idsChildrenFirst);
    unit.store().nodes().delete(unit.realmId(), idsChildrenFirst);
    return detached;
  }

  /**
   * For the change log: the node, and every user, since a new, moved, re-keyed or removed node
   * changes the inboxes of whoever an assignment above or on it reaches.
   */
  private void declare(String nodeId) {
    unit.changes().kind(ChangeKinds.NODE).node(nodeId).allUsers();
  }

  private void requireKeyFree(String key, String ownId) {
    KeyUniqueness.requireFree(
        unit.store().nodes().findByKey(unit.realmId(), key), StoredNode::id, ownId, "A node", key);
  }
}
