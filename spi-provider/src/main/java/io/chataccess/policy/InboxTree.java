package io.chataccess.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The realm's locations and inboxes, indexed for scope expansion: for every node the inboxes at or
 * below it are computed once, so expanding a node scope during resolution is a map lookup.
 */
public final class InboxTree {

  private static final InboxTree EMPTY = new InboxTree(List.of());

  private final Map<String, TreeNode> byId = new HashMap<>();
  private final Map<String, TreeNode> byKey = new HashMap<>();
  private final Map<String, List<String>> pathById = new HashMap<>();
  private final Map<String, List<TreeNode>> inboxesUnderId = new HashMap<>();
  private final List<TreeNode> inboxes;

  /**
   * @throws IllegalArgumentException on duplicate ids or keys, a parent that does not exist, or a
   *     cycle
   */
  public InboxTree(Collection<TreeNode> nodes) {
    Map<String, List<TreeNode>> children = new HashMap<>();
    for (TreeNode node : nodes) {
      if (byId.put(node.id(), node) != null) {
        throw new IllegalArgumentException("node id " + node.id() + " appears twice");
      }
      if (byKey.put(node.key(), node) != null) {
        throw new IllegalArgumentException("node key " + node.key() + " appears twice");
      }
    }
    for (TreeNode node : nodes) {
      if (node.parentId() != null && !byId.containsKey(node.parentId())) {
        throw new IllegalArgumentException(
            "node " + node.key() + " has an unknown parent " + node.parentId());
      }
      children.computeIfAbsent(node.parentId(), p -> new ArrayList<>()).add(node);
    }
    children.values().forEach(list -> list.sort(Comparator.comparing(TreeNode::key)));
    List<TreeNode> allInboxes = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    for (TreeNode root : children.getOrDefault(null, List.of())) {
      index(root, List.of(), children, visited, allInboxes);
    }
    if (visited.size() != byId.size()) {
      throw new IllegalArgumentException("the inbox tree has a cycle");
    }
    this.inboxes = Collections.unmodifiableList(allInboxes);
  }

  public static InboxTree empty() {
    return EMPTY;
  }

  public Optional<TreeNode> node(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  public Optional<TreeNode> findByKey(String key) {
    return Optional.ofNullable(key == null ? null : byKey.get(key));
  }

  public int size() {
    return byId.size();
  }

  /** Every inbox of the tree, in a stable order (depth-first, siblings by key). */
  public List<TreeNode> inboxes() {
    return inboxes;
  }

  /** The node itself if it is an inbox, and every inbox below it; empty for an unknown id. */
  public List<TreeNode> inboxesUnder(String nodeId) {
    return inboxesUnderId.getOrDefault(nodeId, List.of());
  }

  /** The keys from the root down to the node, e.g. {@code [emea, berlin, wa-berlin]}. */
  public List<String> pathOf(String nodeId) {
    return pathById.getOrDefault(nodeId, List.of());
  }

  /** Depth first; returns the inboxes at or below {@code node}. */
  private List<TreeNode> index(
      TreeNode node,
      List<String> parentPath,
      Map<String, List<TreeNode>> children,
      Set<String> visited,
      List<TreeNode> allInboxes) {
    visited.add(node.id());
    List<String> path = new ArrayList<>(parentPath);
    path.add(node.key());
    pathById.put(node.id(), Collections.unmodifiableList(path));
    List<TreeNode> below = new ArrayList<>();
    if (node.isInbox()) {
      below.add(node);
      allInboxes.add(node);
    }
    for (TreeNode child : children.getOrDefault(node.id(), List.of())) {
      below.addAll(index(child, path, children, visited, allInboxes));
    }
    List<TreeNode> result = Collections.unmodifiableList(below);
    inboxesUnderId.put(node.id(), result);
    return result;
  }
}
