package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Node;
import io.chataccess.config.DocumentChange.Operation;
import io.chataccess.config.DocumentChange.Target;
import io.chataccess.domain.TreeChanges;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the document's inbox tree: creates or updates nodes parents first (the document lists
 * them so), and deletes the nodes it leaves out children first, detaching their assignments ({@link
 * TreeChanges#remove}, as the admin API's cascading delete does). The tree is replaced as a whole
 * and checked as a whole (placement, depth) by the document reader with the same rules, so nodes
 * are not checked one by one against the half-imported tree.
 */
final class TreeImport {

  private final ChatAccessStore store;
  private final String realmId;
  private final TreeChanges changes;
  private final ChangeLog log;

  TreeImport(ChatAccessStore store, String realmId, TreeChanges changes, ChangeLog log) {
    this.changes = changes;
    this.store = store;
    this.realmId = realmId;
    this.log = log;
  }

  void createOrUpdate(List<Node> wanted) {
    Map<String, StoredNode> stored = KeyIndex.of(store.nodes().list(realmId), StoredNode::key);
    Map<String, String> idsByKey = new HashMap<>();
    stored.values().forEach(n -> idsByKey.put(n.key(), n.id()));
    for (Node node : wanted) {
      String parentId = node.parentKey() == null ? null : idsByKey.get(node.parentKey());
      StoredNode existing = stored.get(node.key());
      StoredNode desired =
          new StoredNode(
              existing == null ? null : existing.id(),
              node.key(),
              node.type(),
              parentId,
              node.channel(),
              node.name(),
              node.attributes());
      if (existing == null) {
        StoredNode created = changes.put(desired);
        idsByKey.put(created.key(), created.id());
        log.record(Operation.CREATE, Target.INBOX, node.key(), ChangeRepresentations.node(node));
      } else if (!existing.equals(desired)) {
        changes.put(desired);
        log.record(Operation.UPDATE, Target.INBOX, node.key(), ChangeRepresentations.node(node));
      }
    }
  }

  void deleteNotIn(List<Node> wanted) {
    Set<String> keys = wanted.stream().map(Node::key).collect(Collectors.toSet());
    List<StoredNode> stored = store.nodes().list(realmId);
    Map<String, Integer> depth = depths(stored);
    List<StoredNode> doomed =
        stored.stream()
            .filter(n -> !keys.contains(n.key()))
            .sorted((a, b) -> Integer.compare(depth.get(b.id()), depth.get(a.id())))
            .toList();
    if (doomed.isEmpty()) {
      return;
    }
    List<String> ids = doomed.stream().map(StoredNode::id).toList();
    changes.remove(ids);
    for (StoredNode node : doomed) {
      log.record(
          Operation.DELETE, Target.INBOX, node.key(), ChangeRepresentations.removedNode(node));
    }
  }

  /** Per node id, the number of its ancestors (a root has 0); bounded even on a broken tree. */
  private static Map<String, Integer> depths(List<StoredNode> nodes) {
    Map<String, StoredNode> byId = KeyIndex.of(nodes, StoredNode::id);
    Map<String, Integer> depth = new HashMap<>();
    for (StoredNode node : nodes) {
      int d = 0;
      for (StoredNode n = node;
          n.parentId() != null && d <= nodes.size();
          n = byId.get(n.parentId())) {
        d++;
        if (!byId.containsKey(n.parentId())) {
          break;
        }
      }
      depth.put(node.id(), d);
    }
    return depth;
  }
}
