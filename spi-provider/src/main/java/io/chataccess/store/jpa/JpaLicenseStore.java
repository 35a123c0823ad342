package io.chataccess.store.jpa;

import io.chataccess.policy.Channel;
import io.chataccess.store.LicenseHoldings;
import io.chataccess.store.LicenseStore;
import io.chataccess.store.StoredHolder;
import io.chataccess.store.StoredLicenseType;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

final class JpaLicenseStore implements LicenseStore {

  private final EntityManager em;

  JpaLicenseStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<StoredLicenseType> list(String realmId) {
    return em
        .createQuery(
            "select l from ChatAccessLicenseType l where l.realmId = :realmId order by l.key",
            LicenseTypeEntity.class)
        .setParameter("realmId", realmId)
        .getResultList()
        .stream()
        .map(JpaLicenseStore::toModel)
        .toList();
  }

  @Override
  public Optional<StoredLicenseType> find(String realmId, String id) {
    return entity(realmId, id).map(JpaLicenseStore::toModel);
  }

  @Override
  public Optional<StoredLicenseType> findByKey(String realmId, String key) {
    if (!StorableIds.canExist(key)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select l from ChatAccessLicenseType l where l.realmId = :realmId and l.key = :key",
            LicenseTypeEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(JpaLicenseStore::toModel);
  }

  @Override
  public StoredLicenseType create(String realmId, StoredLicenseType license) {
    LicenseTypeEntity entity = new LicenseTypeEntity();
    entity.setId(Ids.newId());
    entity.setRealmId(realmId);
    entity.setCreatedAt(Ids.now());
    copy(license, entity);
    em.persist(entity);
    em.flush();
    return toModel(entity);
  }

  @Override
  public StoredLicenseType update(String realmId, StoredLicenseType license) {
    LicenseTypeEntity entity = entity(realmId, license.id()).orElseThrow();
    copy(license, entity);
    em.flush();
    return toModel(entity);
  }

  @Override
  public void delete(String realmId, String id) {
    em.createQuery("delete from ChatAccessLicenseHolder h where h.licenseTypeId = :id")
        .setParameter("id", id)
        .executeUpdate();
    entity(realmId, id).ifPresent(em::remove);
    em.flush();
  }

  @Override
  public long seatsUsed(String realmId, String licenseTypeId) {
    return em.createQuery(
            "select count(h) from ChatAccessLicenseHolder h"
                + " where h.realmId = :realmId and h.licenseTypeId = :id",
            Long.class)
        .setParameter("realmId", realmId)
        .setParameter("id", licenseTypeId)
        .getSingleResult();
  }

  @Override
  public Map<String, Long> seatsUsedByLicense(String realmId) {
    Map<String, Long> used = new HashMap<>();
    em.createQuery(
            "select h.licenseTypeId, count(h) from ChatAccessLicenseHolder h"
                + " where h.realmId = :realmId group by h.licenseTypeId",
            Object[].class)
        .setParameter("realmId", realmId)
        .getResultList()
        .forEach(row -> used.put((String) row[0], (Long) row[1]));
    return used;
  }

  @Override
  public List<StoredHolder> holders(String realmId, String licenseTypeId, int first, int max) {
    return em
        .createQuery(
            "select h from ChatAccessLicenseHolder h where h.realmId = :realmId"
                + " and h.licenseTypeId = :id order by h.grantedAt, h.userId",
            LicenseHolderEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("id", licenseTypeId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(JpaLicenseStore::toModel)
        .toList();
  }

  @Override
  public Optional<StoredHolder> holder(String realmId, String licenseTypeId, String userId) {
    return holderEntity(realmId, licenseTypeId, userId).map(JpaLicenseStore::toModel);
  }

  @Override
  public StoredHolder addHolder(
      String realmId, String licenseTypeId, String userId, String source) {
    LicenseHolderEntity entity = new LicenseHolderEntity();
    entity.setId(Ids.newId());
    entity.setRealmId(realmId);
    entity.setLicenseTypeId(licenseTypeId);
    entity.setUserId(userId);
    entity.setSource(source);
    entity.setGrantedAt(Ids.now());
    em.persist(entity);
    em.flush();
    return toModel(entity);
  }

  @Override
  public boolean removeHolder(String realmId, String licenseTypeId, String userId) {
    Optional<LicenseHolderEntity> holder = holderEntity(realmId, licenseTypeId, userId);
    holder.ifPresent(em::remove);
    em.flush();
    return holder.isPresent();
  }

  @Override
  public LicenseHoldings holdings(String realmId) {
    Map<String, Set<String>> byUser = new HashMap<>();
    em.createQuery(
            "select h.userId, h.licenseTypeId from ChatAccessLicenseHolder h"
                + " where h.realmId = :realmId",
            Object[].class)
        .setParameter("realmId", realmId)
        .getResultStream()
        .forEach(
            row ->
                byUser
                    .computeIfAbsent((String) row[0], id -> new HashSet<>())
                    .add((String) row[1]));
    return LicenseHoldings.of(byUser);
  }

  @Override
  public List<StoredHolder> holdingsOf(String realmId, String userId) {
    return em
        .createQuery(
            "select h from ChatAccessLicenseHolder h"
                + " where h.realmId = :realmId and h.userId = :userId",
            LicenseHolderEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("userId", userId)
        .getResultList()
        .stream()
        .map(JpaLicenseStore::toModel)
        .toList();
  }

  @Override
  public void removeHoldingsOf(String realmId, String userId) {
    em.createQuery(
            "delete from ChatAccessLicenseHolder h"
                + " where h.realmId = :realmId and h.userId = :userId")
        .setParameter("realmId", realmId)
        .setParameter("userId", userId)
        .executeUpdate();
  }

  private Optional<LicenseTypeEntity> entity(String realmId, String id) {
    LicenseTypeEntity entity =
        !StorableIds.canExist(id) ? null : em.find(LicenseTypeEntity.class, id);
    return entity != null && entity.getRealmId().equals(realmId)
        ? Optional.of(entity)
        : Optional.empty();
  }

  private Optional<LicenseHolderEntity> holderEntity(
      String realmId, String licenseTypeId, String userId) {
    return em.createQuery(
            "select h from ChatAccessLicenseHolder h where h.realmId = :realmId"
                + " and h.licenseTypeId = :id and h.userId = :userId",
            LicenseHolderEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("id", licenseTypeId)
        .setParameter("userId", userId)
        .getResultStream()
        .findFirst();
  }

  private static void copy(StoredLicenseType license, LicenseTypeEntity entity) {
    entity.setKey(license.key());
    entity.setName(license.name());
    entity.setSeatLimit(license.seatLimit());
    entity.setChannels(
        license.channels().stream().map(Channel::value).sorted().collect(Collectors.joining(",")));
  }

  static StoredLicenseType toModel(LicenseTypeEntity entity) {
    Set<Channel> channels =
        Arrays.stream(entity.getChannels().split(","))
            .filter(c -> !c.isBlank())
            .map(Channel::of)
            .collect(
                Collectors.toCollection(
                    () -> new TreeSet<>((a, b) -> a.value().compareTo(b.value()))));
    return new StoredLicenseType(
        entity.getId(), entity.getKey(), entity.getName(), entity.getSeatLimit(), channels);
  }

  private static StoredHolder toModel(LicenseHolderEntity entity) {
    return new StoredHolder(
        entity.getLicenseTypeId(), entity.getUserId(), entity.getSource(), entity.getGrantedAt());
  }
}
