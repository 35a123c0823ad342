package io.chataccess.store.jpa;

import io.chataccess.policy.Subject;
import io.chataccess.store.StoredAssignment;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The assignment store's bulk removals, when what an assignment names goes away: its subject (a
 * user, group or role), the client of its client role, or nodes of its scope (a list scope shrinks,
 * and goes when it is empty). Each answers what it removed, for the events.
 */
final class JpaAssignmentRemovals {

  private final EntityManager em;

  JpaAssignmentRemovals(EntityManager em) {
    this.em = em;
  }

  List<StoredAssignment> bySubject(String realmId, Subject subject) {
    List<AssignmentEntity> doomed =
        em.createQuery(
                "select a from ChatAccessAssignment a where a.realmId = :realmId"
                    + " and a.subjectType = :type and a.subjectId = :id",
                AssignmentEntity.class)
            .setParameter("realmId", realmId)
            .setParameter("type", subject.type().wireName())
            .setParameter("id", subject.id())
            .getResultList();
    return remove(doomed);
  }

  List<StoredAssignment> byContainer(String realmId, String clientId) {
    List<AssignmentEntity> doomed =
        em.createQuery(
                "select a from ChatAccessAssignment a where a.realmId = :realmId"
                    + " and a.subjectContainerId = :clientId",
                AssignmentEntity.class)
            .setParameter("realmId", realmId)
            .setParameter("clientId", clientId)
            .getResultList();
    return remove(doomed);
  }

  List<StoredAssignment> detachNodes(String realmId, List<String> nodeIds) {
    List<AssignmentEntity> touched =
        em.createQuery(
                "select distinct a from ChatAccessAssignment a join a.inboxIds i"
                    + " where a.realmId = :realmId and i in :ids",
                AssignmentEntity.class)
            .setParameter("realmId", realmId)
            .setParameter("ids", nodeIds)
            .getResultList();
    List<AssignmentEntity> scoped =
        em.createQuery(
                "select a from ChatAccessAssignment a"
                    + " where a.realmId = :realmId and a.scopeNodeId in :ids",
                AssignmentEntity.class)
            .setParameter("realmId", realmId)
            .setParameter("ids", nodeIds)
            .getResultList();
    List<StoredAssignment> removed = new ArrayList<>(remove(scoped));
    for (AssignmentEntity entity : touched) {
      if (!em.contains(entity)) {
        continue;
      }
      entity.getInboxIds().removeAll(nodeIds);
      if (entity.getInboxIds().isEmpty()) {
        removed.add(JpaAssignmentStore.toModel(entity));
        em.remove(entity);
      }
    }
    em.flush();
    return removed;
  }

  private List<StoredAssignment> remove(List<AssignmentEntity> doomed) {
    List<StoredAssignment> removed = doomed.stream().map(JpaAssignmentStore::toModel).toList();
    doomed.forEach(em::remove);
    em.flush();
    return removed;
  }
}
