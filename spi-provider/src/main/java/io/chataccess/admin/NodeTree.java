package io.chataccess.admin;

import io.chataccess.policy.InboxTree;
import io.chataccess.policy.NodeType;
import io.chataccess.rest.ProblemException;
import io.chataccess.store.StoredNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A realm's stored nodes with the tree operations the inbox endpoints need. */
final class NodeTree {

  private final Map<String, StoredNode> byId = new HashMap<>();
  private final Map<String, List<StoredNode>> childrenByParent = new HashMap<>();
  private final InboxTree shape;

  NodeTree(List<StoredNode> nodes) {
    for (StoredNode node : nodes) {
      byId.put(node.id(), node);
      childrenByParent.computeIfAbsent(node.parentId(), p -> new ArrayList<>()).add(node);
    }
    childrenByParent.values().forEach(c -> c.sort(Comparator.comparing(StoredNode::key)));
    this.shape = new InboxTree(nodes.stream().map(StoredNode::toTreeNode).toList());
  }

  NodeTree with(StoredNode node) {
    List<StoredNode> nodes = new ArrayList<>(byId.values());
    nodes.removeIf(n -> n.id().equals(node.id()));
    nodes.add(node);
    return new NodeTree(nodes);
  }

  StoredNode require(String id) {
    StoredNode node = byId.get(id);
    if (node == null) {
      throw ProblemException.notFound("No inbox tree node " + id + " in this realm.");
    }
    return node;
  }

  /** Roots first by key, each followed by its subtree. */
  List<StoredNode> depthFirst() {
    List<StoredNode> ordered = new ArrayList<>();
    childrenByParent.getOrDefault(null, List.of()).forEach(root -> collect(root, ordered));
    return ordered;
  }

  List<StoredNode> subtreeChildrenFirst(String id) {
    List<StoredNode> subtree = new ArrayList<>();
    collect(require(id), subtree);
    Collections.reverse(subtree);
    return subtree;
  }

  /** The parent exists, fits the node's type, and is neither the node itself nor below it. */
  void checkPlacement(StoredNode node) {
    if (node.parentId() == null) {
      return;
    }
    StoredNode parent = byId.get(node.parentId());
    if (parent == null) {
      throw ProblemException.invalid("parentId", "no such node in this realm");
    }
    if (node.type() == NodeType.LOCATION && parent.type() == NodeType.INBOX) {
      throw ProblemException.invalid("parentId", "a location cannot sit under an inbox");
    }
    if (node.id() != null
        && byId.containsKey(node.id())
        && subtreeChildrenFirst(node.id()).stream().anyMatch(n -> n.id().equals(parent.id()))) {
      throw ProblemException.invalid("parentId", "a node cannot move below itself");
    }
  }

  NodeRepresentation toRepresentation(StoredNode node) {
    return new NodeRepresentation(
        node.id(),
        node.key(),
        node.name(),
        node.type().wireName(),
        node.parentId(),
        node.channel() == null ? null : node.channel().value(),
        new TreeMap<>(node.attributes()),
        shape.pathOf(node.id()));
  }

  private void collect(StoredNode node, List<StoredNode> into) {
    into.add(node);
    childrenByParent.getOrDefault(node.id(), List.of()).forEach(child -> collect(child, into));
  }
}
