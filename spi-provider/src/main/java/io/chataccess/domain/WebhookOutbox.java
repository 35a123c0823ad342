package io.chataccess.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.store.ChangeEntry;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.WebhookSubscription;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a change entry in the outbox of every webhook of the realm that wants it, in the write's
 * transaction: a delivery exists exactly when its change committed, and survives a crash right
 * after the commit (docs/changes.md, "Webhooks"). The payload is the Standard Webhooks envelope.
 */
final class WebhookOutbox {

  static final String EVENT_TYPE = "chat-access.change";
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebhookOutbox() {}

  static void enqueue(ChatAccessStore store, String realmId, String realmName, ChangeEntry entry) {
    String payload = null;
    for (WebhookSubscription webhook : store.webhooks().list(realmId)) {
      if (webhook.wants(entry)) {
        if (payload == null) {
          payload = payload(realmName, entry);
        }
        store.webhooks().enqueue(realmId, webhook.id(), entry.revision(), payload, entry.time());
      }
    }
  }

  static String payload(String realmName, ChangeEntry entry) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("realm", realmName);
    data.put("revision", entry.revision());
    data.put("kinds", entry.kinds());
    data.put("allUsers", entry.allUsers());
    data.put("users", entry.users());
    data.put("nodes", entry.nodes());
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("type", EVENT_TYPE);
    envelope.put("timestamp", Instant.ofEpochMilli(entry.time()).toString());
    envelope.put("data", data);
    try {
      return JSON.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
