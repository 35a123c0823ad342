package io.chataccess.store;

import java.util.List;
import java.util.Optional;

/** Webhooks and their outbox of deliveries. */
public interface WebhookStore {

  List<WebhookSubscription> list(String realmId);

  Optional<WebhookSubscription> find(String realmId, String id);

  WebhookSubscription create(String realmId, WebhookSubscription webhook);

  WebhookSubscription update(String realmId, WebhookSubscription webhook);

  void delete(String realmId, String id);

  /** Puts a delivery in the outbox, due now; called in the transaction of the change. */
  void enqueue(String realmId, String webhookId, long revision, String payload, long now);

  /** Pending deliveries of any realm due at {@code now} and not claimed, oldest first. */
  List<WebhookDelivery> due(long now, int max);

  /**
   * Claims a due delivery for {@code until}; false when another node holds or finished it. The
   * claim is what makes one node deliver each entry.
   */
  boolean claim(String id, long now, long until);

  void delivered(String id, int status, long now);

  /** Records a failed attempt: due again at {@code nextAttemptAt}, or failed for good. */
  void attemptFailed(String id, Integer status, String error, long nextAttemptAt, boolean last);

  List<WebhookDelivery> deliveries(String realmId, String webhookId, int first, int max);

  /** Makes a delivery of the realm pending and due now again; false when there is none. */
  boolean redeliver(String realmId, String webhookId, String deliveryId, long now);
}
