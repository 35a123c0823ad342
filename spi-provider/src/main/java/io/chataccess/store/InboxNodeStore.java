package io.chataccess.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The inbox tree of each realm. */
public interface InboxNodeStore {

  List<StoredNode> list(String realmId);

  Optional<StoredNode> find(String realmId, String id);

  Optional<StoredNode> findByKey(String realmId, String key);

  StoredNode create(String realmId, StoredNode node);

  StoredNode update(String realmId, StoredNode node);

  /** Removes the nodes (a whole subtree, children before parents). */
  void delete(String realmId, List<String> idsChildrenFirst);

  /** How many assignments are scoped to one of the nodes or list one of them. */
  long countAssignmentsReferencing(String realmId, Collection<String> nodeIds);
}
