package io.chataccess.domain;

import io.chataccess.policy.InboxTree;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.NodeRules;
import io.chataccess.rules.Rejected;
import io.chataccess.store.StoredNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A realm's stored nodes as a tree: lookup, walks, and the placement rule every node write obeys (a
 * parent that exists and fits the node's type, no node below itself, no tree deeper than the
 * limit). Read from the store inside a write unit, it decides on the tree as it is after the lock.
 */
public final class NodeTree {

  private final Map<String, StoredNode> byId = new HashMap<>();
  private final Map<String, List<StoredNode>> childrenByParent = new HashMap<>();
  private final InboxTree shape;

  public NodeTree(List<StoredNode> nodes) {
    for (StoredNode node : nodes) {
      byId.put(node.id(), node);
      childrenByParent.computeIfAbsent(node.parentId(), p -> new ArrayList<>()).add(node);
    }
    childrenByParent.values().forEach(c -> c.sort(Comparator.comparing(StoredNode::key)));
    this.shape = new InboxTree(nodes.stream().map(StoredNode::toTreeNode).toList());
  }

  /** The tree with one node added or replaced. */
  public NodeTree with(StoredNode node) {
    List<StoredNode> nodes = new ArrayList<>(byId.values());
    nodes.removeIf(n -> n.id().equals(node.id()));
    nodes.add(node);
    return new NodeTree(nodes);
  }

  public StoredNode require(String id) {
    StoredNode node = byId.get(id);
    if (node == null) {
      throw Rejected.notFound("No inbox tree node " + id + " in this realm.");
    }
    return node;
  }

  /** Roots first by key, each followed by its subtree. */
  public List<StoredNode> depthFirst() {
    List<StoredNode> ordered = new ArrayList<>();
    childrenByParent.getOrDefault(null, List.of()).forEach(root -> collect(root, ordered));
    return ordered;
  }

  /** The node and everything below it, children before their parents (the order to delete). */
  public List<StoredNode> subtreeChildrenFirst(String id) {
    List<StoredNode> subtree = new ArrayList<>();
    collect(require(id), subtree);
    Collections.reverse(subtree);
    return subtree;
  }

  /** The parent exists, fits the node's type, and is neither the node itself nor below it. */
  public void checkPlacement(StoredNode node) {
    if (node.parentId() == null) {
      return;
    }
    StoredNode parent = byId.get(node.parentId());
    if (parent == null) {
      throw Rejected.invalid("parentId", "no such node in this realm");
    }
    FieldErrors errors = new FieldErrors();
    NodeRules.placement(node.type(), parent.type(), "parentId", errors);
    boolean moving = node.id() != null && byId.containsKey(node.id());
    if (moving
        && subtreeChildrenFirst(node.id()).stream().anyMatch(n -> n.id().equals(parent.id()))) {
      errors.add("parentId", "a node cannot move below itself");
    } else {
      NodeRules.depth(depthOf(parent) + (moving ? heightOf(node.id()) : 1), "parentId", errors);
    }
    errors.throwIfAny();
  }

  /** A root node is at depth 1. */
  private int depthOf(StoredNode node) {
    int depth = 1;
    for (StoredNode at = node; at.parentId() != null && byId.containsKey(at.parentId()); ) {
      at = byId.get(at.parentId());
      depth++;
    }
    return depth;
  }

  /** Levels of the subtree below and including the node: a leaf has height 1. */
  private int heightOf(String id) {
    int below = 0;
    for (StoredNode child : childrenByParent.getOrDefault(id, List.of())) {
      below = Math.max(below, heightOf(child.id()));
    }
    return below + 1;
  }

  /** The keys from the root down to the node. */
  public List<String> pathOf(String id) {
    return shape.pathOf(id);
  }

  private void collect(StoredNode node, List<StoredNode> into) {
    into.add(node);
    childrenByParent.getOrDefault(node.id(), List.of()).forEach(child -> collect(child, into));
  }
}
