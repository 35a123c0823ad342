package io.chataccess.store.jpa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.store.ChangeEntry;
import io.chataccess.store.ChangeRetention;
import io.chataccess.store.ChangeStore;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.OptionalLong;

/**
 * The change log in {@code CA_CHANGE}: kinds comma-separated, users and nodes as JSON arrays. Every
 * {@value ChangeRetention#PRUNE_EVERY}th revision prunes what the retention lets go.
 */
final class JpaChangeStore implements ChangeStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  private final EntityManager em;
  private final ChangeRetention retention;

  JpaChangeStore(EntityManager em, ChangeRetention retention) {
    this.em = em;
    this.retention = retention;
  }

  @Override
  public void append(String realmId, ChangeEntry entry) {
    ChangeEntity entity = new ChangeEntity();
    entity.setRealmId(realmId);
    entity.setRevision(entry.revision());
    entity.setChangedAt(entry.time());
    entity.setKinds(String.join(",", entry.kinds()));
    entity.setAllUsers(entry.allUsers());
    entity.setUsers(write(entry.users()));
    entity.setNodes(write(entry.nodes()));
    em.persist(entity);
    em.flush();
    em.detach(entity);
    if (entry.revision() % ChangeRetention.PRUNE_EVERY == 0) {
      prune(realmId, entry.time() - retention.maxAge().toMillis(), retention.maxCount());
    }
  }

  @Override
  public List<ChangeEntry> after(String realmId, long revision, int max) {
    return em
        .createQuery(
            "select c from ChatAccessChange c where c.realmId = :realmId and c.revision > :revision"
                + " order by c.revision",
            ChangeEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("revision", revision)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(JpaChangeStore::toEntry)
        .toList();
  }

  @Override
  public OptionalLong oldest(String realmId) {
    Long oldest =
        em.createQuery(
                "select min(c.revision) from ChatAccessChange c where c.realmId = :realmId",
                Long.class)
            .setParameter("realmId", realmId)
            .getSingleResult();
    return oldest == null ? OptionalLong.empty() : OptionalLong.of(oldest);
  }

  @Override
  public int prune(String realmId, long before, int keep) {
    int removed =
        em.createQuery(
                "delete from ChatAccessChange c where c.realmId = :realmId and c.changedAt < :before")
            .setParameter("realmId", realmId)
            .setParameter("before", before)
            .executeUpdate();
    List<Long> newest =
        em.createQuery(
                "select c.revision from ChatAccessChange c where c.realmId = :realmId"
                    + " order by c.revision desc",
                Long.class)
            .setParameter("realmId", realmId)
            .setFirstResult(keep)
            .setMaxResults(1)
            .getResultList();
    if (!newest.isEmpty()) {
      removed +=
          em.createQuery(
                  "delete from ChatAccessChange c where c.realmId = :realmId"
                      + " and c.revision <= :revision")
              .setParameter("realmId", realmId)
              .setParameter("revision", newest.get(0))
              .executeUpdate();
    }
    return removed;
  }

  private static ChangeEntry toEntry(ChangeEntity entity) {
    return new ChangeEntry(
        entity.getRevision(),
        entity.getChangedAt(),
        entity.getKinds().isEmpty() ? List.of() : List.of(entity.getKinds().split(",")),
        read(entity.getUsers()),
        read(entity.getNodes()),
        entity.isAllUsers());
  }

  private static String write(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> read(String json) {
    if (json == null || json.isEmpty()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable change log row", e);
    }
  }
}
