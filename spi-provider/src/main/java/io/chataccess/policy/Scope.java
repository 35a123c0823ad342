package io.chataccess.policy;

import java.util.Objects;
import java.util.Set;

/** Where an assignment applies. */
public sealed interface Scope {

  /** Every inbox of the realm, present and future. */
  record All() implements Scope {}

  /** The node and everything below it, present and future. */
  record Node(String nodeId) implements Scope {
    public Node {
      Objects.requireNonNull(nodeId, "nodeId");
    }
  }

  /** Several nodes, each with everything below it, present and future (by node id). */
  record Nodes(Set<String> nodeIds) implements Scope {
    public Nodes {
      nodeIds = Set.copyOf(nodeIds);
    }
  }

  /** Exactly these inboxes (by node id). */
  record Inboxes(Set<String> inboxIds) implements Scope {
    public Inboxes {
      inboxIds = Set.copyOf(inboxIds);
    }
  }

  /** The node ids the scope names (none for {@code all}). */
  default Set<String> nodeIds() {
    if (this instanceof Node node) {
      return Set.of(node.nodeId());
    }
    if (this instanceof Nodes nodes) {
      return nodes.nodeIds();
    }
    return this instanceof Inboxes inboxes ? inboxes.inboxIds() : Set.of();
  }

  static Scope all() {
    return new All();
  }

  static Scope node(String nodeId) {
    return new Node(nodeId);
  }

  static Scope nodes(Set<String> nodeIds) {
    return new Nodes(nodeIds);
  }

  static Scope inboxes(Set<String> inboxIds) {
    return new Inboxes(inboxIds);
  }
}
