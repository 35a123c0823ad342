package io.chataccess.admin;

import io.chataccess.admin.AssignmentRepresentation.ScopeRepresentation;
import io.chataccess.policy.NodeType;
import io.chataccess.policy.Scope;
import io.chataccess.rules.AssignmentRules;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Limits;
import io.chataccess.store.StoredNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads an assignment's scope against the realm's tree: {@code all}; {@code node} by {@code nodeId}
 * or {@code nodeKey}; {@code nodes} by {@code nodeIds} or {@code nodeKeys}; {@code inboxes} by
 * {@code inboxIds} or {@code inboxKeys}. Where ids and keys are both given they must name the same
 * nodes, so that an answer sent back is taken as it is.
 */
final class ScopeInput {

  private static final String TYPES = "all, node, nodes or inboxes";

  private final Map<String, StoredNode> byId;
  private final Map<String, StoredNode> byKey;
  private final FieldErrors errors;

  ScopeInput(List<StoredNode> nodes, FieldErrors errors) {
    this.byId = nodes.stream().collect(Collectors.toMap(StoredNode::id, Function.identity()));
    this.byKey = nodes.stream().collect(Collectors.toMap(StoredNode::key, Function.identity()));
    this.errors = errors;
  }

  /** The scope, or {@code all} as a stand-in when a fault was added to the errors. */
  Scope read(ScopeRepresentation rep) {
    if (rep == null || rep.type() == null) {
      errors.add("scope.type", "required: " + TYPES);
      return Scope.all();
    }
    String type = rep.type();
    switch (type) {
      case "all" -> {
        onlyWith(type, rep, false, false, false);
        return Scope.all();
      }
      case "node" -> {
        onlyWith(type, rep, true, false, false);
        String id = oneNode(rep);
        return id == null ? Scope.all() : Scope.node(id);
      }
      case "nodes" -> {
        onlyWith(type, rep, false, true, false);
        return Scope.nodes(several(rep.nodeIds(), rep.nodeKeys(), NODES));
      }
      case "inboxes" -> {
        onlyWith(type, rep, false, false, true);
        return Scope.inboxes(several(rep.inboxIds(), rep.inboxKeys(), INBOXES));
      }
      default -> {
        errors.add("scope.type", "must be " + TYPES);
        return Scope.all();
      }
    }
  }

  /** Fields of the other scope types must be absent (or empty lists, as answers carry them). */
  private void onlyWith(
      String type, ScopeRepresentation rep, boolean node, boolean nodes, boolean inboxes) {
    String message = "not with scope " + type;
    errors.check(node || rep.nodeId() == null, "scope.nodeId", message);
    errors.check(node || rep.nodeKey() == null, "scope.nodeKey", message);
    errors.check(nodes || isEmpty(rep.nodeIds()), "scope.nodeIds", message);
    errors.check(nodes || isEmpty(rep.nodeKeys()), "scope.nodeKeys", message);
    errors.check(inboxes || isEmpty(rep.inboxIds()), "scope.inboxIds", message);
    errors.check(inboxes || isEmpty(rep.inboxKeys()), "scope.inboxKeys", message);
  }

  private String oneNode(ScopeRepresentation rep) {
    if (rep.nodeKey() == null) {
      return errors.check(
              rep.nodeId() != null && byId.containsKey(rep.nodeId()),
              "scope.nodeId",
              "no such node in this realm (or give scope.nodeKey)")
          ? rep.nodeId()
          : null;
    }
    StoredNode named = byKey.get(rep.nodeKey());
    if (!errors.check(named != null, "scope.nodeKey", "no node of this key in this realm")) {
      return null;
    }
    if (rep.nodeId() != null && !rep.nodeId().equals(named.id())) {
      if (byId.containsKey(rep.nodeId())) {
        errors.add("scope.nodeKey", "names another node than scope.nodeId");
      } else {
        errors.add("scope.nodeId", "no such node in this realm");
      }
      return null;
    }
    return named.id();
  }

  private Set<String> several(List<String> ids, List<String> keys, ListKind kind) {
    Set<String> byIds = resolve(ids, byId, kind.idField(), "no such " + kind.one(), kind);
    Set<String> byKeys =
        resolve(keys, byKey, kind.keyField(), "no " + kind.one() + " of this key", kind);
    if (isEmpty(keys)) {
      kind.count(ids, kind.idField(), errors);
      return byIds;
    }
    kind.count(keys, kind.keyField(), errors);
    if (!isEmpty(ids)) {
      kind.count(ids, kind.idField(), errors);
      errors.check(
          byIds.equals(byKeys),
          kind.keyField(),
          "names other " + kind.many() + " than " + kind.idField());
    }
    return byKeys;
  }

  private Set<String> resolve(
      List<String> given,
      Map<String, StoredNode> index,
      String field,
      String fault,
      ListKind kind) {
    Set<String> found = new HashSet<>();
    if (given == null) {
      return found;
    }
    for (int i = 0; i < given.size() && i < Limits.NODES; i++) {
      StoredNode node = given.get(i) == null ? null : index.get(given.get(i));
      if (errors.check(
          node != null && kind.accepts().test(node),
          field + "[" + i + "]",
          fault + " in this realm")) {
        found.add(node.id());
      }
    }
    return found;
  }

  /** A list-valued scope: its fields, what its entries must be, and its count rule. */
  private record ListKind(
      String one,
      String many,
      String idField,
      String keyField,
      Predicate<StoredNode> accepts,
      CountRule rule) {

    void count(List<String> given, String field, FieldErrors errors) {
      rule.check(given == null ? 0 : given.size(), field, errors);
    }
  }

  @FunctionalInterface
  private interface CountRule {
    void check(int count, String field, FieldErrors errors);
  }

  private static final ListKind NODES =
      new ListKind(
          "node",
          "nodes",
          "scope.nodeIds",
          "scope.nodeKeys",
          n -> true,
          AssignmentRules::nodeCount);

  private static final ListKind INBOXES =
      new ListKind(
          "inbox",
          "inboxes",
          "scope.inboxIds",
          "scope.inboxKeys",
          n -> n.type() == NodeType.INBOX,
          AssignmentRules::inboxCount);

  private static boolean isEmpty(List<String> list) {
    return list == null || list.isEmpty();
  }
}
