package io.chataccess.store.jpa;

import io.chataccess.policy.Scope;
import io.chataccess.policy.Subject;
import io.chataccess.policy.SubjectType;
import io.chataccess.store.AssignmentFilter;
import io.chataccess.store.AssignmentStore;
import io.chataccess.store.StoredAssignment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

final class JpaAssignmentStore implements AssignmentStore {

  static final String SCOPE_ALL = "all";
  static final String SCOPE_NODE = "node";
  static final String SCOPE_INBOXES = "inboxes";

  /** Several nodes with their subtrees: the node ids live in the inbox-id collection. */
  static final String SCOPE_NODES = "nodes";

  /** Assignments written per flush by {@link #createAll}. */
  private static final int BULK_BATCH = 500;

  private final EntityManager em;
  private final JpaAssignmentRemovals removals;

  JpaAssignmentStore(EntityManager em) {
    this.em = em;
    this.removals = new JpaAssignmentRemovals(em);
  }

  @Override
  public List<StoredAssignment> list(String realmId, AssignmentFilter filter, int first, int max) {
    if (!canMatch(filter.subjectId()) || !canMatch(filter.roleId()) || !canMatch(filter.nodeId())) {
      return List.of();
    }
    StringBuilder jpql =
        new StringBuilder("select a from ChatAccessAssignment a where a.realmId = :realmId");
    if (filter.subjectType() != null) {
      jpql.append(" and a.subjectType = :subjectType");
    }
    if (filter.subjectId() != null) {
      jpql.append(" and a.subjectId = :subjectId");
    }
    if (filter.roleId() != null) {
      jpql.append(" and a.roleId = :roleId");
    }
    if (filter.source() != null) {
      jpql.append(" and a.source = :source");
    }
    if (filter.nodeId() != null) {
      jpql.append(" and (a.scopeNodeId = :nodeId or :nodeId member of a.inboxIds)");
    }
    jpql.append(" order by a.createdAt, a.id");
    TypedQuery<AssignmentEntity> query =
        em.createQuery(jpql.toString(), AssignmentEntity.class).setParameter("realmId", realmId);
    if (filter.subjectType() != null) {
      query.setParameter("subjectType", filter.subjectType().wireName());
    }
    if (filter.subjectId() != null) {
      query.setParameter("subjectId", filter.subjectId());
    }
    if (filter.roleId() != null) {
      query.setParameter("roleId", filter.roleId());
    }
    if (filter.source() != null) {
      query.setParameter("source", filter.source());
    }
    if (filter.nodeId() != null) {
      query.setParameter("nodeId", filter.nodeId());
    }
    return query.setFirstResult(first).setMaxResults(max).getResultList().stream()
        .map(JpaAssignmentStore::toModel)
        .toList();
  }

  /** Every assignment of the realm with its collections, in three queries. */
  List<StoredAssignment> all(String realmId) {
    List<AssignmentEntity> entities =
        em.createQuery(
                "select distinct a from ChatAccessAssignment a left join fetch a.grants"
                    + " where a.realmId = :realmId",
                AssignmentEntity.class)
            .setParameter("realmId", realmId)
            .getResultList();
    em.createQuery(
            "select distinct a from ChatAccessAssignment a left join fetch a.inboxIds"
                + " where a.realmId = :realmId",
            AssignmentEntity.class)
        .setParameter("realmId", realmId)
        .getResultList();
    return entities.stream().map(JpaAssignmentStore::toModel).toList();
  }

  @Override
  public Optional<StoredAssignment> find(String realmId, String id) {
    return entity(realmId, id).map(JpaAssignmentStore::toModel);
  }

  @Override
  public StoredAssignment create(String realmId, StoredAssignment assignment) {
    AssignmentEntity entity = newEntity(realmId, assignment);
    em.persist(entity);
    em.flush();
    return toModel(entity);
  }

  @Override
  public List<StoredAssignment> createAll(String realmId, List<StoredAssignment> assignments) {
    List<StoredAssignment> created = new ArrayList<>(assignments.size());
    List<AssignmentEntity> batch = new ArrayList<>(BULK_BATCH);
    for (StoredAssignment assignment : assignments) {
      AssignmentEntity entity = newEntity(realmId, assignment);
      em.persist(entity);
      created.add(toModel(entity));
      batch.add(entity);
      if (batch.size() == BULK_BATCH) {
        flushAndDetach(batch);
      }
    }
    flushAndDetach(batch);
    return created;
  }

  /**
   * Writes a batch and detaches it: every flush checks each managed entity for changes, so keeping
   * thousands of written assignments managed would make each later flush slower than the last.
   */
  private void flushAndDetach(List<AssignmentEntity> batch) {
    em.flush();
    batch.forEach(em::detach);
    batch.clear();
  }

  private static AssignmentEntity newEntity(String realmId, StoredAssignment assignment) {
    AssignmentEntity entity = new AssignmentEntity();
    entity.setId(Ids.newId());
    entity.setRealmId(realmId);
    entity.setCreatedAt(Ids.now());
    entity.setSubjectType(assignment.subject().type().wireName());
    entity.setSubjectId(assignment.subject().id());
    entity.setSubjectContainerId(assignment.subjectContainerId());
    entity.setSource(assignment.source());
    copy(assignment, entity);
    return entity;
  }

  @Override
  public StoredAssignment update(String realmId, StoredAssignment assignment) {
    AssignmentEntity entity = entity(realmId, assignment.id()).orElseThrow();
    copy(assignment, entity);
    em.flush();
    return toModel(entity);
  }

  @Override
  public void delete(String realmId, String id) {
    entity(realmId, id).ifPresent(em::remove);
    em.flush();
  }

  @Override
  public void deleteAll(String realmId, List<String> ids) {
    int pending = 0;
    for (String id : ids) {
      Optional<AssignmentEntity> entity = entity(realmId, id);
      if (entity.isPresent()) {
        em.remove(entity.get());
        if (++pending == BULK_BATCH) {
          em.flush();
          pending = 0;
        }
      }
    }
    em.flush();
  }

  @Override
  public long countByRole(String realmId, String roleId) {
    return em.createQuery(
            "select count(a) from ChatAccessAssignment a"
                + " where a.realmId = :realmId and a.roleId = :roleId",
            Long.class)
        .setParameter("realmId", realmId)
        .setParameter("roleId", roleId)
        .getSingleResult();
  }

  @Override
  public List<Subject> unpinnedSubjects(String realmId, String roleId) {
    return subjects(realmId, roleId, " and a.pinnedVersion is null");
  }

  @Override
  public List<Subject> subjectsOf(String realmId, String roleId) {
    return subjects(realmId, roleId, "");
  }

  private List<Subject> subjects(String realmId, String roleId, String condition) {
    return em
        .createQuery(
            "select distinct a.subjectType, a.subjectId from ChatAccessAssignment a"
                + " where a.realmId = :realmId and a.roleId = :roleId"
                + condition,
            Object[].class)
        .setParameter("realmId", realmId)
        .setParameter("roleId", roleId)
        .getResultList()
        .stream()
        .map(
            row ->
                new Subject(
                    SubjectType.fromWireName((String) row[0]).orElseThrow(), (String) row[1]))
        .toList();
  }

  @Override
  public void unpinAll(String realmId, String roleId) {
    em.createQuery(
            "update ChatAccessAssignment a set a.pinnedVersion = null"
                + " where a.realmId = :realmId and a.roleId = :roleId")
        .setParameter("realmId", realmId)
        .setParameter("roleId", roleId)
        .executeUpdate();
  }

  @Override
  public List<StoredAssignment> deleteBySubject(String realmId, Subject subject) {
    return removals.bySubject(realmId, subject);
  }

  @Override
  public List<StoredAssignment> deleteByContainer(String realmId, String clientId) {
    return removals.byContainer(realmId, clientId);
  }

  @Override
  public List<StoredAssignment> detachNodes(String realmId, List<String> nodeIds) {
    return removals.detachNodes(realmId, nodeIds);
  }

  /** A filter value that no stored assignment can hold matches none (and is never sent). */
  private static boolean canMatch(String value) {
    return value == null || StorableIds.canExist(value);
  }

  private Optional<AssignmentEntity> entity(String realmId, String id) {
    AssignmentEntity entity =
        !StorableIds.canExist(id) ? null : em.find(AssignmentEntity.class, id);
    return entity != null && entity.getRealmId().equals(realmId)
        ? Optional.of(entity)
        : Optional.empty();
  }

  private static void copy(StoredAssignment assignment, AssignmentEntity entity) {
    entity.setRoleId(assignment.roleId());
    entity.setPinnedVersion(assignment.pinnedVersion());
    entity.getGrants().clear();
    if (assignment.inlineGrants() != null) {
      entity.getGrants().putAll(GrantColumns.write(assignment.inlineGrants()));
    }
    entity.setScopeNodeId(null);
    entity.getInboxIds().clear();
    Scope scope = assignment.scope();
    if (scope instanceof Scope.Node node) {
      entity.setScopeType(SCOPE_NODE);
      entity.setScopeNodeId(node.nodeId());
    } else if (scope instanceof Scope.Nodes nodes) {
      entity.setScopeType(SCOPE_NODES);
      entity.getInboxIds().addAll(nodes.nodeIds());
    } else if (scope instanceof Scope.Inboxes inboxes) {
      entity.setScopeType(SCOPE_INBOXES);
      entity.getInboxIds().addAll(inboxes.inboxIds());
    } else {
      entity.setScopeType(SCOPE_ALL);
    }
  }

  static StoredAssignment toModel(AssignmentEntity entity) {
    Scope scope =
        switch (entity.getScopeType()) {
          case SCOPE_NODE -> Scope.node(entity.getScopeNodeId());
          case SCOPE_INBOXES -> Scope.inboxes(new HashSet<>(entity.getInboxIds()));
          case SCOPE_NODES -> Scope.nodes(new HashSet<>(entity.getInboxIds()));
          default -> Scope.all();
        };
    return new StoredAssignment(
        entity.getId(),
        new Subject(
            SubjectType.fromWireName(entity.getSubjectType()).orElseThrow(), entity.getSubjectId()),
        entity.getSubjectContainerId(),
        entity.getRoleId(),
        entity.getPinnedVersion(),
        entity.getRoleId() == null ? GrantColumns.read(entity.getGrants()) : null,
        scope,
        entity.getSource(),
        entity.getCreatedAt());
  }
}
