package io.chataccess.store.jpa;

import io.chataccess.store.Suspension;
import io.chataccess.store.SuspensionStore;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;

final class JpaSuspensionStore implements SuspensionStore {

  private final EntityManager em;

  JpaSuspensionStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public Suspension get(String realmId, String userId) {
    return entity(realmId, userId).map(JpaSuspensionStore::toModel).orElse(Suspension.none());
  }

  @Override
  public Suspension set(String realmId, String userId, boolean suspended, String reason) {
    UserStateEntity entity =
        entity(realmId, userId)
            .orElseGet(
                () -> {
                  UserStateEntity created = new UserStateEntity();
                  created.setId(Ids.newId());
                  created.setRealmId(realmId);
                  created.setUserId(userId);
                  em.persist(created);
                  return created;
                });
    entity.setSuspended(suspended);
    entity.setReason(reason);
    entity.setChangedAt(Ids.now());
    em.flush();
    return toModel(entity);
  }

  @Override
  public Set<String> suspendedUserIds(String realmId) {
    return Set.copyOf(
        em.createQuery(
                "select s.userId from ChatAccessUserState s"
                    + " where s.realmId = :realmId and s.suspended = true",
                String.class)
            .setParameter("realmId", realmId)
            .getResultList());
  }

  @Override
  public void forget(String realmId, String userId) {
    em.createQuery(
            "delete from ChatAccessUserState s where s.realmId = :realmId and s.userId = :userId")
        .setParameter("realmId", realmId)
        .setParameter("userId", userId)
        .executeUpdate();
  }

  private Optional<UserStateEntity> entity(String realmId, String userId) {
    return em.createQuery(
            "select s from ChatAccessUserState s where s.realmId = :realmId and s.userId = :userId",
            UserStateEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("userId", userId)
        .getResultStream()
        .findFirst();
  }

  private static Suspension toModel(UserStateEntity entity) {
    return new Suspension(entity.isSuspended(), entity.getReason(), entity.getChangedAt());
  }
}
