package io.chataccess.store.jpa;

import io.chataccess.policy.Level;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionKind;
import io.chataccess.store.CustomPermissionStore;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class JpaCustomPermissionStore implements CustomPermissionStore {

  /** The levels between none and all, which only scoped permissions hold. */
  private static final List<String> SCOPED_LEVELS =
      List.of(Level.OWN.wireName(), Level.DEPARTMENT.wireName());

  private final EntityManager em;

  JpaCustomPermissionStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Permission> list(String realmId) {
    return em
        .createQuery(
            "select p from ChatAccessCustomPermission p where p.realmId = :realmId order by p.key",
            CustomPermissionEntity.class)
        .setParameter("realmId", realmId)
        .getResultList()
        .stream()
        .map(JpaCustomPermissionStore::toModel)
        .toList();
  }

  @Override
  public Optional<Permission> find(String realmId, String key) {
    return entity(realmId, key).map(JpaCustomPermissionStore::toModel);
  }

  @Override
  public Permission create(String realmId, Permission permission) {
    CustomPermissionEntity entity = new CustomPermissionEntity();
    entity.setId(Ids.newId());
    entity.setRealmId(realmId);
    entity.setKey(permission.key());
    entity.setKind(permission.kind().name().toLowerCase(Locale.ROOT));
    entity.setDescription(permission.description());
    entity.setRequires(permission.requires());
    em.persist(entity);
    em.flush();
    return toModel(entity);
  }

  @Override
  public void delete(String realmId, String key) {
    entity(realmId, key).ifPresent(em::remove);
    em.flush();
  }

  @Override
  public boolean isInUse(String realmId, String key) {
    long inRoles =
        em.createQuery(
                "select count(v) from ChatAccessRoleVersion v join v.grants g, ChatAccessRole r"
                    + " where r.id = v.roleId and r.realmId = :realmId"
                    + " and v.number = r.currentVersion and key(g) = :key",
                Long.class)
            .setParameter("realmId", realmId)
            .setParameter("key", key)
            .getSingleResult();
    long inAssignments =
        em.createQuery(
                "select count(a) from ChatAccessAssignment a join a.grants g"
                    + " where a.realmId = :realmId and key(g) = :key",
                Long.class)
            .setParameter("realmId", realmId)
            .setParameter("key", key)
            .getSingleResult();
    return inRoles + inAssignments > 0;
  }

  @Override
  public boolean isScopedInRoles(String realmId, String key) {
    return countsScoped(
        "select count(v) from ChatAccessRoleVersion v join v.grants g, ChatAccessRole r"
            + " where r.id = v.roleId and r.realmId = :realmId",
        realmId,
        key);
  }

  @Override
  public boolean isScopedInAssignments(String realmId, String key) {
    return countsScoped(
        "select count(a) from ChatAccessAssignment a join a.grants g where a.realmId = :realmId",
        realmId,
        key);
  }

  /** Whether the query, narrowed to grants of {@code key} at a scoped level, counts anything. */
  private boolean countsScoped(String query, String realmId, String key) {
    return em.createQuery(query + " and key(g) = :key and value(g) in :levels", Long.class)
            .setParameter("realmId", realmId)
            .setParameter("key", key)
            .setParameter("levels", SCOPED_LEVELS)
            .getSingleResult()
        > 0;
  }

  private Optional<CustomPermissionEntity> entity(String realmId, String key) {
    return em.createQuery(
            "select p from ChatAccessCustomPermission p where p.realmId = :realmId and p.key = :key",
            CustomPermissionEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private static Permission toModel(CustomPermissionEntity entity) {
    return new Permission(
        entity.getKey(),
        PermissionKind.valueOf(entity.getKind().toUpperCase(Locale.ROOT)),
        entity.getDescription(),
        false,
        entity.getRequires());
  }
}
