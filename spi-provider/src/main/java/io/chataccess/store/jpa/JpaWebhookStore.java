package io.chataccess.store.jpa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.store.WebhookDelivery;
import io.chataccess.store.WebhookStore;
import io.chataccess.store.WebhookSubscription;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Webhooks in {@code CA_WEBHOOK}, the outbox in {@code CA_WEBHOOK_DELIVERY}. */
final class JpaWebhookStore implements WebhookStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  private final EntityManager em;

  JpaWebhookStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<WebhookSubscription> list(String realmId) {
    return em
        .createQuery(
            "select w from ChatAccessWebhook w where w.realmId = :realmId order by w.createdAt, w.id",
            WebhookEntity.class)
        .setParameter("realmId", realmId)
        .getResultList()
        .stream()
        .map(JpaWebhookStore::toModel)
        .toList();
  }

  @Override
  public Optional<WebhookSubscription> find(String realmId, String id) {
    WebhookEntity entity = em.find(WebhookEntity.class, id);
    return entity == null || !entity.getRealmId().equals(realmId)
        ? Optional.empty()
        : Optional.of(toModel(entity));
  }

  @Override
  public WebhookSubscription create(String realmId, WebhookSubscription webhook) {
    WebhookEntity entity = new WebhookEntity();
    entity.setId(Ids.newId());
    entity.setRealmId(realmId);
    entity.setCreatedAt(Ids.now());
    fill(entity, webhook);
    em.persist(entity);
    em.flush();
    return toModel(entity);
  }

  @Override
  public WebhookSubscription update(String realmId, WebhookSubscription webhook) {
    WebhookEntity entity = em.find(WebhookEntity.class, webhook.id());
    fill(entity, webhook);
    em.flush();
    return toModel(entity);
  }

  @Override
  public void delete(String realmId, String id) {
    em.createQuery(
            "delete from ChatAccessWebhookDelivery d where d.realmId = :realmId and d.webhookId = :id")
        .setParameter("realmId", realmId)
        .setParameter("id", id)
        .executeUpdate();
    em.createQuery("delete from ChatAccessWebhook w where w.realmId = :realmId and w.id = :id")
        .setParameter("realmId", realmId)
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public void enqueue(String realmId, String webhookId, long revision, String payload, long now) {
    WebhookDeliveryEntity entity = new WebhookDeliveryEntity();
    entity.setId(Ids.newId());
    entity.setRealmId(realmId);
    entity.setWebhookId(webhookId);
    entity.setRevision(revision);
    entity.setPayload(payload);
    entity.setStatus(WebhookDelivery.PENDING);
    entity.setNextAttemptAt(now);
    entity.setCreatedAt(now);
    em.persist(entity);
    em.flush();
    em.detach(entity);
  }

  @Override
  public List<WebhookDelivery> due(long now, int max) {
    return em
        .createQuery(
            "select d from ChatAccessWebhookDelivery d where d.status = :pending"
                + " and d.nextAttemptAt <= :now and d.claimedUntil < :now"
                + " order by d.nextAttemptAt, d.revision",
            WebhookDeliveryEntity.class)
        .setParameter("pending", WebhookDelivery.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(JpaWebhookStore::toModel)
        .toList();
  }

  @Override
  public boolean claim(String id, long now, long until) {
    return em.createQuery(
                "update ChatAccessWebhookDelivery d set d.claimedUntil = :until"
                    + " where d.id = :id and d.status = :pending and d.claimedUntil < :now")
            .setParameter("until", until)
            .setParameter("id", id)
            .setParameter("pending", WebhookDelivery.PENDING)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  @Override
  public void delivered(String id, int status, long now) {
    em.createQuery(
            "update ChatAccessWebhookDelivery d set d.status = :delivered, d.lastStatus = :status,"
                + " d.lastError = null, d.attempts = d.attempts + 1, d.deliveredAt = :now,"
                + " d.claimedUntil = 0 where d.id = :id")
        .setParameter("delivered", WebhookDelivery.DELIVERED)
        .setParameter("status", status)
        .setParameter("now", now)
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public void attemptFailed(
      String id, Integer status, String error, long nextAttemptAt, boolean last) {
    em.createQuery(
            "update ChatAccessWebhookDelivery d set d.status = :state, d.lastStatus = :status,"
                + " d.lastError = :error, d.attempts = d.attempts + 1,"
                + " d.nextAttemptAt = :next, d.claimedUntil = 0 where d.id = :id")
        .setParameter("state", last ? WebhookDelivery.FAILED : WebhookDelivery.PENDING)
        .setParameter("status", status)
        .setParameter("error", error == null ? null : truncate(error))
        .setParameter("next", nextAttemptAt)
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public List<WebhookDelivery> deliveries(String realmId, String webhookId, int first, int max) {
    return em
        .createQuery(
            "select d from ChatAccessWebhookDelivery d where d.realmId = :realmId"
                + " and d.webhookId = :webhookId order by d.revision desc, d.createdAt desc",
            WebhookDeliveryEntity.class)
        .setParameter("realmId", realmId)
        .setParameter("webhookId", webhookId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(JpaWebhookStore::toModel)
        .toList();
  }

  @Override
  public boolean redeliver(String realmId, String webhookId, String deliveryId, long now) {
    return em.createQuery(
                "update ChatAccessWebhookDelivery d set d.status = :pending, d.nextAttemptAt = :now,"
                    + " d.claimedUntil = 0 where d.realmId = :realmId and d.webhookId = :webhookId"
                    + " and d.id = :id")
            .setParameter("pending", WebhookDelivery.PENDING)
            .setParameter("now", now)
            .setParameter("realmId", realmId)
            .setParameter("webhookId", webhookId)
            .setParameter("id", deliveryId)
            .executeUpdate()
        == 1;
  }

  private static String truncate(String error) {
    int max = WebhookDelivery.ERROR_CHARS;
    return error.length() <= max ? error : error.substring(0, max - 3) + "...";
  }

  private static void fill(WebhookEntity entity, WebhookSubscription webhook) {
    entity.setUrl(webhook.url());
    entity.setSecret(webhook.secret());
    entity.setKinds(write(webhook.kinds()));
    entity.setNodeKeys(write(webhook.nodeKeys()));
    entity.setUserIds(write(webhook.userIds()));
    entity.setEnabled(webhook.enabled());
  }

  private static WebhookSubscription toModel(WebhookEntity entity) {
    return new WebhookSubscription(
        entity.getId(),
        entity.getUrl(),
        entity.getSecret(),
        read(entity.getKinds()),
        read(entity.getNodeKeys()),
        read(entity.getUserIds()),
        entity.isEnabled(),
        entity.getCreatedAt());
  }

  private static WebhookDelivery toModel(WebhookDeliveryEntity entity) {
    return new WebhookDelivery(
        entity.getId(),
        entity.getRealmId(),
        entity.getWebhookId(),
        entity.getRevision(),
        entity.getPayload(),
        entity.getStatus(),
        entity.getAttempts(),
        entity.getNextAttemptAt(),
        entity.getLastStatus(),
        entity.getLastError(),
        entity.getCreatedAt(),
        entity.getDeliveredAt());
  }

  private static String write(Set<String> values) {
    try {
      return JSON.writeValueAsString(new TreeSet<>(values));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> read(String json) {
    if (json == null || json.isEmpty()) {
      return Set.of();
    }
    try {
      return Set.copyOf(JSON.readValue(json, LIST));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable webhook row", e);
    }
  }
}
