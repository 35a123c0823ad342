package io.chataccess.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The realm's locations and inboxes, indexed for scope expansion.
 *
 * <p>The tree is validated on construction: node ids and node keys are unique, every parent exists
 * and there is no cycle. Nodes are ordered depth-first from the roots, siblings sorted by key. In
 * that order the inboxes under any node form one contiguous run, so {@link #inboxesUnder(String)}
 * is a constant-time view and never copies.
 */
public final class InboxTree {

  private static final InboxTree EMPTY = new InboxTree(List.of());

  private static final Comparator<TreeNode> BY_KEY =
      Comparator.comparing(TreeNode::key).thenComparing(TreeNode::id);

  private final Map<String, TreeNode> byId;
  private final Map<String, TreeNode> byKey;
  private final Map<String, List<TreeNode>> childrenById;
  private final List<TreeNode> roots;
  private final List<TreeNode> nodes;
  private final List<TreeNode> inboxes;

  /** Per node id: the run {@code [from, to)} of {@link #inboxes} below (and including) it. */
  private final Map<String, int[]> inboxRunById;

  /** Per inbox id: its position in {@link #inboxes}. */
  private final Map<String, Integer> inboxIndexById;

  /** The distinct channels of the inboxes, and per inbox position the index of its channel. */
  private final List<Channel> channels;

  private final int[] channelIndexByInbox;

  /** Inbox positions ordered by inbox id, so results can be emitted in id order without sorting. */
  private final int[] inboxPositionsInIdOrder;

  /**
   * Inbox positions ordered by inbox key, so claims can list inboxes in key order without sorting.
   */
  private final int[] inboxPositionsInKeyOrder;

  /**
   * Builds and validates a tree.
   *
   * @throws IllegalArgumentException on a duplicate id or key, a parent id that does not exist, or
   *     a cycle
   */
  public InboxTree(Collection<TreeNode> nodes) {
    Map<String, TreeNode> ids = new HashMap<>();
    Map<String, TreeNode> keys = new HashMap<>();
    for (TreeNode node : nodes) {
      if (ids.putIfAbsent(node.id(), node) != null) {
        throw new IllegalArgumentException("node id " + node.id() + " is used twice");
      }
      if (keys.putIfAbsent(node.key(), node) != null) {
        throw new IllegalArgumentException("node key " + node.key() + " is used twice");
      }
    }
    Map<String, List<TreeNode>> children = new HashMap<>();
    List<TreeNode> rootList = new ArrayList<>();
    for (TreeNode node : nodes) {
      if (node.parentId() == null) {
        rootList.add(node);
      } else if (!ids.containsKey(node.parentId())) {
        throw new IllegalArgumentException(
            "node " + node.key() + " has an unknown parent " + node.parentId());
      } else {
        children.computeIfAbsent(node.parentId(), p -> new ArrayList<>()).add(node);
      }
    }
    rootList.sort(BY_KEY);
    Map<String, List<TreeNode>> sortedChildren = new HashMap<>();
    children.forEach(
        (parent, list) -> {
          list.sort(BY_KEY);
          sortedChildren.put(parent, List.copyOf(list));
        });

    this.byId = Map.copyOf(ids);
    this.byKey = Map.copyOf(keys);
    this.childrenById = Map.copyOf(sortedChildren);
    this.roots = List.copyOf(rootList);

    List<TreeNode> order = new ArrayList<>(nodes.size());
    List<TreeNode> inboxOrder = new ArrayList<>();
    Map<String, int[]> runs = new HashMap<>();
    walk(order, inboxOrder, runs);
    if (order.size() != ids.size()) {
      throw new IllegalArgumentException("the inbox tree has a cycle through " + cycleNode(order));
    }
    this.nodes = List.copyOf(order);
    this.inboxes = List.copyOf(inboxOrder);
    this.inboxRunById = Map.copyOf(runs);

    Map<String, Integer> inboxIndex = new HashMap<>();
    Map<Channel, Integer> channelIndex = new LinkedHashMap<>();
    this.channelIndexByInbox = new int[inboxes.size()];
    for (int i = 0; i < inboxes.size(); i++) {
      TreeNode inbox = inboxes.get(i);
      inboxIndex.put(inbox.id(), i);
      Integer c = channelIndex.computeIfAbsent(inbox.channel(), k -> channelIndex.size());
      channelIndexByInbox[i] = c;
    }
    this.inboxIndexById = Map.copyOf(inboxIndex);
    this.channels = List.copyOf(channelIndex.keySet());
    this.inboxPositionsInIdOrder =
        IntStream.range(0, inboxes.size())
            .boxed()
            .sorted(Comparator.comparing(i -> inboxes.get(i).id()))
            .mapToInt(Integer::intValue)
            .toArray();
    this.inboxPositionsInKeyOrder =
        IntStream.range(0, inboxes.size())
            .boxed()
            .sorted(Comparator.comparing(i -> inboxes.get(i).key()))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  /** A tree without nodes. */
  public static InboxTree empty() {
    return EMPTY;
  }

  public Optional<TreeNode> node(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The node with this key; keys are unique within a tree. */
  public Optional<TreeNode> findByKey(String key) {
    return Optional.ofNullable(key == null ? null : byKey.get(key));
  }

  /** Every node, depth-first from the roots, siblings by key. */
  public List<TreeNode> nodes() {
    return nodes;
  }

  /** The root nodes, sorted by key. */
  public List<TreeNode> roots() {
    return roots;
  }

  /** The direct children of a node, sorted by key; empty for a leaf or an unknown id. */
  public List<TreeNode> children(String nodeId) {
    return childrenById.getOrDefault(nodeId, List.of());
  }

  /** Every inbox of the tree, in a stable order (depth-first, siblings by key). */
  public List<TreeNode> inboxes() {
    return inboxes;
  }

  /**
   * The node itself if it is an inbox, and every inbox below it at any depth (sub-inboxes of
   * inboxes included), in the order of {@link #inboxes()}; empty for an unknown id.
   */
  public List<TreeNode> inboxesUnder(String nodeId) {
    int[] run = nodeId == null ? null : inboxRunById.get(nodeId);
    return run == null ? List.of() : inboxes.subList(run[0], run[1]);
  }

  /** Whether {@code inboxId} names an inbox that is {@code nodeId} or lies below it. */
  public boolean contains(String nodeId, String inboxId) {
    int[] run = nodeId == null ? null : inboxRunById.get(nodeId);
    int position = inboxPosition(inboxId);
    return run != null && position >= run[0] && position < run[1];
  }

  /**
   * The keys from the root down to the node, e.g. {@code [emea, berlin, wa-berlin]}; empty for an
   * unknown id.
   */
  public List<String> pathOf(String nodeId) {
    List<String> path = new ArrayList<>();
    TreeNode node = nodeId == null ? null : byId.get(nodeId);
    while (node != null) {
      path.add(node.key());
      node = node.parentId() == null ? null : byId.get(node.parentId());
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  // ---- package-private index used by the resolver ----

  /** The position of an inbox in {@link #inboxes()}, or {@code -1} if it is not an inbox here. */
  int inboxPosition(String inboxId) {
    Integer position = inboxId == null ? null : inboxIndexById.get(inboxId);
    return position == null ? -1 : position;
  }

  /**
   * The run {@code [from, to)} of inbox positions under a node, or {@code null} if unknown. The
   * array is shared: callers must not modify it.
   */
  int[] inboxRun(String nodeId) {
    return inboxRunById.get(nodeId);
  }

  /** The distinct channels of the inboxes, indexed as by {@link #channelIndexAt(int)}. */
  List<Channel> channels() {
    return channels;
  }

  int channelIndexAt(int inboxPosition) {
    return channelIndexByInbox[inboxPosition];
  }

  /** The position in {@link #inboxes()} of the inbox with the {@code rank}-th smallest id. */
  int inboxPositionInIdOrder(int rank) {
    return inboxPositionsInIdOrder[rank];
  }

  /** The position in {@link #inboxes()} of the inbox with the {@code rank}-th smallest key. */
  int inboxPositionInKeyOrder(int rank) {
    return inboxPositionsInKeyOrder[rank];
  }

  private void walk(List<TreeNode> order, List<TreeNode> inboxOrder, Map<String, int[]> runs) {
    // Iterative pre-order walk; a node's run is closed when the walk leaves its subtree.
    Deque<Frame> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(new Frame(roots.get(i), false));
    }
    while (!stack.isEmpty()) {
      Frame frame = stack.pop();
      TreeNode node = frame.node();
      if (frame.leaving()) {
        runs.get(node.id())[1] = inboxOrder.size();
        continue;
      }
      order.add(node);
      runs.put(node.id(), new int[] {inboxOrder.size(), -1});
      if (node.isInbox()) {
        inboxOrder.add(node);
      }
      stack.push(new Frame(node, true));
      List<TreeNode> kids = childrenById.getOrDefault(node.id(), List.of());
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(new Frame(kids.get(i), false));
      }
    }
  }

  private String cycleNode(List<TreeNode> reached) {
    Set<String> seen = new HashSet<>();
    reached.forEach(n -> seen.add(n.id()));
    return byId.values().stream()
        .filter(n -> !seen.contains(n.id()))
        .map(TreeNode::key)
        .sorted()
        .findFirst()
        .orElse("?");
  }

  private record Frame(TreeNode node, boolean leaving) {}

  @Override
  public String toString() {
    return "InboxTree" + nodes.stream().map(TreeNode::key).toList();
  }
}
