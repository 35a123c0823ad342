package io.chataccess.store.jpa;

import io.chataccess.store.ChatSettings;
import io.chataccess.store.ChatSettingsStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

final class JpaChatSettingsStore implements ChatSettingsStore {

  private final EntityManager em;

  JpaChatSettingsStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public ChatSettings get(String realmId) {
    RealmSettingsEntity entity = em.find(RealmSettingsEntity.class, realmId);
    return entity == null ? ChatSettings.defaults() : toModel(entity);
  }

  @Override
  public long committedRevision(String realmId) {
    List<Long> revisions =
        em.createQuery(
                "select s.revision from ChatAccessRealmSettings s where s.realmId = :realmId",
                Long.class)
            .setParameter("realmId", realmId)
            .getResultList();
    return revisions.isEmpty() ? 0 : revisions.get(0);
  }

  @Override
  public boolean isInitialized(String realmId) {
    return em.find(RealmSettingsEntity.class, realmId) != null;
  }

  @Override
  public boolean initialize(String realmId) {
    if (em.find(RealmSettingsEntity.class, realmId) != null) {
      return false;
    }
    RealmSettingsEntity entity = new RealmSettingsEntity();
    entity.setRealmId(realmId);
    entity.setLicensesRequired(true);
    entity.setRevision(1);
    em.persist(entity);
    em.flush();
    return true;
  }

  @Override
  public ChatSettings update(
      String realmId, String departmentRootGroupId, boolean licensesRequired) {
    RealmSettingsEntity entity = locked(realmId);
    entity.setDepartmentRootGroupId(departmentRootGroupId);
    entity.setLicensesRequired(licensesRequired);
    em.flush();
    return toModel(entity);
  }

  @Override
  public long lockAndBumpRevision(String realmId) {
    RealmSettingsEntity entity = locked(realmId);
    entity.setRevision(entity.getRevision() + 1);
    em.flush();
    ReadsAfterLock.forgetOwnEntities(em, entity);
    return entity.getRevision();
  }

  @Override
  public void forgetDepartmentRoot(String realmId, String groupId) {
    em.createQuery(
            "update ChatAccessRealmSettings s set s.departmentRootGroupId = null"
                + " where s.realmId = :realmId and s.departmentRootGroupId = :groupId")
        .setParameter("realmId", realmId)
        .setParameter("groupId", groupId)
        .executeUpdate();
  }

  private RealmSettingsEntity locked(String realmId) {
    initialize(realmId);
    RealmSettingsEntity entity = em.find(RealmSettingsEntity.class, realmId);
    em.lock(entity, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(entity);
    return entity;
  }

  private static ChatSettings toModel(RealmSettingsEntity entity) {
    return new ChatSettings(
        entity.getDepartmentRootGroupId(), entity.isLicensesRequired(), entity.getRevision());
  }
}
