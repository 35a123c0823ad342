package io.chataccess.store.jpa;

import io.chataccess.policy.Grants;
import io.chataccess.store.ChatRoleStore;
import io.chataccess.store.SaveMode;
import io.chataccess.store.StoredRole;
import io.chataccess.store.StoredRoleVersion;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

final class JpaChatRoleStore implements ChatRoleStore {

  private final EntityManager em;

  JpaChatRoleStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<StoredRole> list(String realmId) {
    List<RoleEntity> roles =
        em.createQuery(
                "select r from ChatAccessRole r where r.realmId = :realmId order by r.key",
                RoleEntity.class)
            .setParameter("realmId", realmId)
            .getResultList();
    Map<String, RoleVersionEntity> current =
        em
            .createQuery(
                "select distinct v from ChatAccessRoleVersion v left join fetch v.grants,"
                    + " ChatAccessRole r where r.id = v.roleId and r.realmId = :realmId"
                    + " and v.number = r.currentVersion",
                RoleVersionEntity.class)
            .setParameter("realmId", realmId)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(RoleVersionEntity::getRoleId, Function.identity()));
    return roles.stream().map(r -> toModel(r, current.get(r.getId()))).toList();
  }

  @Override
  public Optional<StoredRole> find(String realmId, String id) {
    return entity(realmId, id).map(r -> toModel(r, version(r.getId(), r.getCurrentVersion())));
  }

  @Override
  public Optional<StoredRole> findByKey(String realmId, String key) {
    if (!StorableIds.canExist(key)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select r from ChatAccessRole r where r.realmId = :realmId and r.key = :key",
            RoleEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(r -> toModel(r, version(r.getId(), r.getCurrentVersion())));
  }

  @Override
  public StoredRole create(
      String realmId,
      String key,
      String name,
      String description,
      Grants grants,
      boolean requiresLicense) {
    RoleEntity role = new RoleEntity();
    role.setId(Ids.newId());
    role.setRealmId(realmId);
    role.setKey(key);
    role.setName(name);
    role.setDescription(description);
    role.setCurrentVersion(1);
    role.setCreatedAt(Ids.now());
    em.persist(role);
    RoleVersionEntity version =
        newVersion(role.getId(), 1, grants, requiresLicense, SaveMode.CREATED);
    em.flush();
    return toModel(role, version);
  }

  @Override
  public Optional<StoredRole> saveVersion(
      String realmId,
      String id,
      int expectedVersion,
      String name,
      String description,
      Grants grants,
      boolean requiresLicense,
      SaveMode mode) {
    int next = expectedVersion + 1;
    int updated =
        em.createQuery(
                "update ChatAccessRole r set r.currentVersion = :next, r.name = :name,"
                    + " r.description = :description where r.id = :id and r.realmId = :realmId"
                    + " and r.currentVersion = :expected")
            .setParameter("next", next)
            .setParameter("name", name)
            .setParameter("description", description)
            .setParameter("id", id)
            .setParameter("realmId", realmId)
            .setParameter("expected", expectedVersion)
            .executeUpdate();
    if (updated != 1) {
      return Optional.empty();
    }
    newVersion(id, next, grants, requiresLicense, mode);
    em.flush();
    RoleEntity role = em.find(RoleEntity.class, id);
    em.refresh(role);
    return find(realmId, id);
  }

  @Override
  public boolean rename(String realmId, String id, String name, String description) {
    Optional<RoleEntity> role = entity(realmId, id);
    role.ifPresent(
        r -> {
          r.setName(name);
          r.setDescription(description);
        });
    em.flush();
    return role.isPresent();
  }

  @Override
  public List<StoredRoleVersion> versions(String realmId, String id) {
    if (entity(realmId, id).isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select distinct v from ChatAccessRoleVersion v left join fetch v.grants"
                + " where v.roleId = :id order by v.number",
            RoleVersionEntity.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .map(JpaChatRoleStore::toModel)
        .toList();
  }

  @Override
  public void delete(String realmId, String id) {
    em.createQuery(
            "delete from ChatAccessKeptVersion k where k.realmId = :realmId and k.roleId = :id")
        .setParameter("realmId", realmId)
        .setParameter("id", id)
        .executeUpdate();
    em.createQuery(
            "delete from ChatAccessAssignment a where a.realmId = :realmId and a.roleId = :id")
        .setParameter("realmId", realmId)
        .setParameter("id", id)
        .executeUpdate();
    em.createQuery(
            "select v from ChatAccessRoleVersion v where v.roleId = :id", RoleVersionEntity.class)
        .setParameter("id", id)
        .getResultList()
        .forEach(em::remove);
    entity(realmId, id).ifPresent(em::remove);
    em.flush();
  }

  private RoleVersionEntity newVersion(
      String roleId, int number, Grants grants, boolean requiresLicense, SaveMode mode) {
    RoleVersionEntity version = new RoleVersionEntity();
    version.setId(Ids.newId());
    version.setRoleId(roleId);
    version.setNumber(number);
    version.setRequiresLicense(requiresLicense);
    version.setSaveMode(mode.wireName());
    version.setCreatedAt(Ids.now());
    version.getGrants().putAll(GrantColumns.write(grants));
    em.persist(version);
    return version;
  }

  private RoleVersionEntity version(String roleId, int number) {
    return em.createQuery(
            "select v from ChatAccessRoleVersion v where v.roleId = :id and v.number = :number",
            RoleVersionEntity.class)
        .setParameter("id", roleId)
        .setParameter("number", number)
        .getSingleResult();
  }

  private Optional<RoleEntity> entity(String realmId, String id) {
    RoleEntity entity = !StorableIds.canExist(id) ? null : em.find(RoleEntity.class, id);
    return entity != null && entity.getRealmId().equals(realmId)
        ? Optional.of(entity)
        : Optional.empty();
  }

  private static StoredRole toModel(RoleEntity role, RoleVersionEntity current) {
    return new StoredRole(
        role.getId(),
        role.getKey(),
        role.getName(),
        role.getDescription(),
        role.getCurrentVersion(),
        GrantColumns.read(current.getGrants()),
        current.isRequiresLicense());
  }

  static StoredRoleVersion toModel(RoleVersionEntity version) {
    return new StoredRoleVersion(
        version.getRoleId(),
        version.getNumber(),
        GrantColumns.read(version.getGrants()),
        version.isRequiresLicense(),
        SaveMode.fromWireName(version.getSaveMode()).orElse(SaveMode.APPLY),
        version.getCreatedAt());
  }
}
