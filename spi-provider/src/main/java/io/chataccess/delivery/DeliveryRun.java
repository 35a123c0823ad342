package io.chataccess.delivery;

import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.WebhookDelivery;
import io.chataccess.store.WebhookSubscription;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * One pass over the outbox on this node: find due deliveries, claim each in its own short
 * transaction (one node wins a claim), send it outside any transaction, then record the outcome. A
 * node that dies after claiming leaves the claim to expire; another node (or this one after a
 * restart) then delivers the entry: at least once, and a receiver drops repeats by {@code
 * webhook-id}.
 */
final class DeliveryRun implements Runnable {

  private static final Logger LOG = Logger.getLogger(DeliveryRun.class);

  private final KeycloakSessionFactory factory;
  private final DeliverySettings settings;
  private final WebhookSender sender;

  DeliveryRun(KeycloakSessionFactory factory, DeliverySettings settings, WebhookSender sender) {
    this.factory = factory;
    this.settings = settings;
    this.sender = sender;
  }

  @Override
  public void run() {
    try {
      long now = System.currentTimeMillis();
      List<WebhookDelivery> due =
          KeycloakModelUtils.runJobInTransactionWithResult(
              factory, session -> store(session).webhooks().due(now, settings.batch()));
      for (WebhookDelivery delivery : due) {
        deliver(delivery);
      }
    } catch (RuntimeException e) {
      // the next pass tries again; nothing is lost, the outbox is in the database
      LOG.warnf(e, "webhook delivery pass failed");
    }
  }

  private void deliver(WebhookDelivery delivery) {
    long now = System.currentTimeMillis();
    Optional<WebhookSubscription> claimed =
        KeycloakModelUtils.runJobInTransactionWithResult(
            factory,
            session -> {
              ChatAccessStore store = store(session);
              if (!store.webhooks().claim(delivery.id(), now, now + settings.claim().toMillis())) {
                return Optional.empty();
              }
              return store.webhooks().find(delivery.realmId(), delivery.webhookId());
            });
    if (claimed.isEmpty()) {
      return;
    }
    WebhookSender.Outcome outcome = sender.send(claimed.get(), delivery, now);
    int attempt = delivery.attempts() + 1;
    KeycloakModelUtils.runJobInTransaction(
        factory,
        session -> {
          long done = System.currentTimeMillis();
          if (outcome.delivered()) {
            store(session).webhooks().delivered(delivery.id(), outcome.status(), done);
          } else {
            boolean last = attempt >= settings.maxAttempts();
            store(session)
                .webhooks()
                .attemptFailed(
                    delivery.id(),
                    outcome.status(),
                    outcome.error(),
                    done + settings.retryAfter(attempt).toMillis(),
                    last);
          }
        });
  }

  private static ChatAccessStore store(org.keycloak.models.KeycloakSession session) {
    return session.getProvider(ChatAccessStore.class);
  }
}
