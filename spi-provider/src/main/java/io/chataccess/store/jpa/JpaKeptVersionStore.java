package io.chataccess.store.jpa;

import io.chataccess.store.KeptVersionStore;
import io.chataccess.store.KeptVersions;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Kept versions in {@code CA_KEPT_VERSION}, written in batches for big teams. */
final class JpaKeptVersionStore implements KeptVersionStore {

  private static final int BATCH = 500;

  private final EntityManager em;

  JpaKeptVersionStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public int keep(String realmId, String roleId, int version, Collection<String> userIds) {
    Set<String> already =
        new HashSet<>(
            em.createQuery(
                    "select k.userId from ChatAccessKeptVersion k"
                        + " where k.realmId = :realmId and k.roleId = :roleId",
                    String.class)
                .setParameter("realmId", realmId)
                .setParameter("roleId", roleId)
                .getResultList());
    long now = Ids.now();
    List<KeptVersionEntity> batch = new ArrayList<>(BATCH);
    int added = 0;
    for (String userId : userIds) {
      if (!already.add(userId)) {
        continue;
      }
      KeptVersionEntity entity = new KeptVersionEntity();
      entity.setId(Ids.newId());
      entity.setRealmId(realmId);
      entity.setRoleId(roleId);
      entity.setUserId(userId);
      entity.setVersion(version);
      entity.setKeptAt(now);
      em.persist(entity);
      batch.add(entity);
      added++;
      if (batch.size() == BATCH) {
        flushAndDetach(batch);
      }
    }
    flushAndDetach(batch);
    return added;
  }

  private void flushAndDetach(List<KeptVersionEntity> batch) {
    em.flush();
    batch.forEach(em::detach);
    batch.clear();
  }

  @Override
  public void releaseRole(String realmId, String roleId) {
    em.createQuery(
            "delete from ChatAccessKeptVersion k where k.realmId = :realmId and k.roleId = :roleId")
        .setParameter("realmId", realmId)
        .setParameter("roleId", roleId)
        .executeUpdate();
  }

  @Override
  public void releaseUser(String realmId, String userId) {
    em.createQuery(
            "delete from ChatAccessKeptVersion k where k.realmId = :realmId and k.userId = :userId")
        .setParameter("realmId", realmId)
        .setParameter("userId", userId)
        .executeUpdate();
  }

  @Override
  public Map<Integer, Long> countsByVersion(String realmId, String roleId) {
    Map<Integer, Long> counts = new TreeMap<>();
    em.createQuery(
            "select k.version, count(k) from ChatAccessKeptVersion k"
                + " where k.realmId = :realmId and k.roleId = :roleId group by k.version",
            Object[].class)
        .setParameter("realmId", realmId)
        .setParameter("roleId", roleId)
        .getResultList()
        .forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
    return counts;
  }

  @Override
  public KeptVersions all(String realmId) {
    KeptVersions.Builder builder = KeptVersions.builder();
    em.createQuery(
            "select k.userId, k.roleId, k.version from ChatAccessKeptVersion k"
                + " where k.realmId = :realmId",
            Object[].class)
        .setParameter("realmId", realmId)
        .getResultList()
        .forEach(
            row -> builder.add((String) row[0], (String) row[1], ((Number) row[2]).intValue()));
    return builder.build();
  }
}
