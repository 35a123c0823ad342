package io.chataccess.store.jpa;

import io.chataccess.policy.Channel;
import io.chataccess.policy.NodeType;
import io.chataccess.policy.TreeNode;
import io.chataccess.store.InboxNodeStore;
import io.chataccess.store.StoredNode;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

final class JpaInboxNodeStore implements InboxNodeStore {

  private final EntityManager em;

  JpaInboxNodeStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<StoredNode> list(String realmId) {
    return em
        .createQuery(
            "select distinct n from ChatAccessNode n left join fetch n.attributes"
                + " where n.realmId = :realmId order by n.key",
            NodeEntity.class)
        .setParameter("realmId", realmId)
        .getResultList()
        .stream()
        .map(JpaInboxNodeStore::toModel)
        .toList();
  }

  @Override
  public Optional<StoredNode> find(String realmId, String id) {
    return entity(realmId, id).map(JpaInboxNodeStore::toModel);
  }

  @Override
  public Optional<StoredNode> findByKey(String realmId, String key) {
    if (!StorableIds.canExist(key)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select n from ChatAccessNode n where n.realmId = :realmId and n.key = :key",
            NodeEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(JpaInboxNodeStore::toModel);
  }

  @Override
  public StoredNode create(String realmId, StoredNode node) {
    NodeEntity entity = new NodeEntity();
    entity.setId(Ids.newId());
    entity.setRealmId(realmId);
    entity.setCreatedAt(Ids.now());
    copy(node, entity);
    em.persist(entity);
    em.flush();
    return toModel(entity);
  }

  @Override
  public StoredNode update(String realmId, StoredNode node) {
    NodeEntity entity = entity(realmId, node.id()).orElseThrow();
    copy(node, entity);
    em.flush();
    return toModel(entity);
  }

  @Override
  public void delete(String realmId, List<String> idsChildrenFirst) {
    for (String id : idsChildrenFirst) {
      entity(realmId, id).ifPresent(em::remove);
      em.flush();
    }
  }

  @Override
  public long countAssignmentsReferencing(String realmId, Collection<String> nodeIds) {
    if (nodeIds.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "select count(distinct a.id) from ChatAccessAssignment a left join a.inboxIds i"
                + " where a.realmId = :realmId and (a.scopeNodeId in :ids or i in :ids)",
            Long.class)
        .setParameter("realmId", realmId)
        .setParameter("ids", nodeIds)
        .getSingleResult();
  }

  private Optional<NodeEntity> entity(String realmId, String id) {
    NodeEntity entity = !StorableIds.canExist(id) ? null : em.find(NodeEntity.class, id);
    return entity != null && entity.getRealmId().equals(realmId)
        ? Optional.of(entity)
        : Optional.empty();
  }

  private static void copy(StoredNode node, NodeEntity entity) {
    entity.setKey(node.key());
    entity.setType(node.type().wireName());
    entity.setParentId(node.parentId());
    entity.setChannel(node.channel() == null ? null : node.channel().value());
    entity.setName(node.name());
    entity.getAttributes().clear();
    entity.getAttributes().putAll(node.attributes());
  }

  /** The node without its attributes, which resolution does not need (no collection load). */
  static TreeNode toTreeNode(NodeEntity entity) {
    return new TreeNode(
        entity.getId(),
        entity.getKey(),
        NodeType.fromWireName(entity.getType()).orElseThrow(),
        entity.getParentId(),
        entity.getChannel() == null ? null : Channel.of(entity.getChannel()),
        entity.getName());
  }

  static StoredNode toModel(NodeEntity entity) {
    return new StoredNode(
        entity.getId(),
        entity.getKey(),
        NodeType.fromWireName(entity.getType()).orElseThrow(),
        entity.getParentId(),
        entity.getChannel() == null ? null : Channel.of(entity.getChannel()),
        entity.getName(),
        new HashMap<>(entity.getAttributes()));
  }
}
