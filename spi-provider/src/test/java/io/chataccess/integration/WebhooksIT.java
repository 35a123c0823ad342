package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks (docs/changes.md) against a receiver on loopback: a change is posted after commit,
 * signed as Standard Webhooks describes (checked by the receiver's own HMAC), with the change's
 * revision and users; a 500 is retried with the same {@code webhook-id}; a receiver that is down or
 * keeps failing ends as {@code failed} after the attempts (the test server allows 3) and can be
 * sent again; filters keep other kinds away; bad input is a 400 naming the field.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Webhooks: signed deliveries from the outbox, retries, failure, redelivery")
class WebhooksIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WAIT_SECONDS = 30;

  private final KeycloakHttp http;
  private TestRealm realm;
  private WebhookReceiver receiver;

  WebhooksIT(KeycloakHttp http) {
    this.http = http;
  }

  @BeforeAll
  void create() {
    realm = TestRealm.create(http, "hooks");
    receiver = WebhookReceiver.start();
  }

  @AfterAll
  void close() {
    if (receiver != null) {
      receiver.close();
    }
    if (realm != null) {
      realm.close();
    }
  }

  @Test
  @DisplayName("a change arrives signed, with its revision and users; a 500 is retried")
  void signed_delivery_and_retry() throws Exception {
    JsonNode webhook = webhook(receiver.url(), List.of("suspension"), List.of());
    String secret = webhook.get("secret").asText();
    assertThat(secret).startsWith("whsec_");
    assertThat(realm.get("/webhooks/" + webhook.get("id").asText()).json().has("secret"))
        .as("the secret is answered once")
        .isFalse();
    receiver.answer(500);

    long revision = suspend("alice", true);

    WebhookReceiver.Received first = receiver.next(WAIT_SECONDS);
    WebhookReceiver.Received retry = receiver.next(WAIT_SECONDS);
    assertThat(first).as("first attempt").isNotNull();
    assertThat(retry).as("retry after the 500").isNotNull();
    assertThat(retry.header("webhook-id")).isEqualTo(first.header("webhook-id"));
    assertThat(WebhookReceiver.signedWith(retry, secret)).isTrue();
    assertThat(WebhookReceiver.signedWith(retry, "whsec_" + "A".repeat(43) + "=")).isFalse();
    JsonNode payload = JSON.readTree(retry.body());
    assertThat(payload.get("type").asText()).isEqualTo("chat-access.change");
    assertThat(payload.get("data").get("revision").asLong()).isEqualTo(revision);
    assertThat(payload.get("data").get("realm").asText()).isEqualTo(realm.name());
    assertThat(payload.get("data").get("users").toString())
        .isEqualTo("[\"" + realm.userId("alice") + "\"]");

    JsonNode delivery = deliveries(webhook).get(0);
    assertThat(delivery.get("id").asText()).isEqualTo(first.header("webhook-id"));
    assertThat(awaitStatus(webhook, "delivered").get("attempts").asInt()).isEqualTo(2);
    delete(webhook);
  }

  @Test
  @DisplayName("a receiver that is down ends failed after the attempts, and can be sent again")
  void failed_then_redelivered() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    JsonNode webhook =
        webhook("http://127.0.0.1:" + closedPort + "/down", List.of("suspension"), List.of());
    suspend("bob", true);
    JsonNode failed = awaitStatus(webhook, "failed");
    assertThat(failed.get("attempts").asInt()).isEqualTo(3);
    assertThat(failed.get("lastError").asText()).isNotBlank();

    String id = webhook.get("id").asText();
    JsonResponse moved =
        realm.put(
            "/webhooks/" + id,
            Map.of("url", receiver.url(), "kinds", List.of("suspension"), "enabled", true));
    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
    JsonResponse again =
        realm.post(
            "/webhooks/" + id + "/deliveries/" + failed.get("id").asText() + "/redeliver",
            Map.of());
    assertThat(again.status()).as("%s", again).isEqualTo(202);
    WebhookReceiver.Received received = receiver.next(WAIT_SECONDS);
    assertThat(received).isNotNull();
    assertThat(received.header("webhook-id")).isEqualTo(failed.get("id").asText());
    assertThat(awaitStatus(webhook, "delivered").get("attempts").asInt()).isEqualTo(4);
    delete(webhook);
  }

  @Test
  @DisplayName("filters: another kind or another user is not sent")
  void filters_keep_other_changes_away() throws Exception {
    JsonNode webhook =
        webhook(receiver.url(), List.of("suspension"), List.of(realm.userId("carol")));
    suspend("dave", true);
    suspend("carol", true);
    WebhookReceiver.Received received = receiver.next(WAIT_SECONDS);
    assertThat(received).isNotNull();
    assertThat(JSON.readTree(received.body()).get("data").get("users").get(0).asText())
        .isEqualTo(realm.userId("carol"));
    assertThat(deliveries(webhook)).hasSize(1);
    delete(webhook);
  }

  @Test
  @DisplayName("bad input: 400 naming the field, nothing stored")
  void bad_input() {
    int before = realm.get("/webhooks").json().size();
    Map<String, Object> bad =
        Map.of(
            "url", "ftp://example/hook",
            "secret", "not-a-secret",
            "kinds", List.of("suspension", "nonsense"));
    JsonResponse refused = realm.post("/webhooks", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("\"url\"", "\"secret\"", "\"kinds[1]\"");
    assertThat(realm.get("/webhooks").json()).hasSize(before);
    assertThat(realm.post("/webhooks", Map.of("kinds", List.of())).body()).contains("\"url\"");
  }

  private JsonNode webhook(String url, List<String> kinds, List<String> users) {
    return realm.created("/webhooks", Map.of("url", url, "kinds", kinds, "users", users));
  }

  private void delete(JsonNode webhook) {
    assertThat(realm.delete("/webhooks/" + webhook.get("id").asText()).status()).isEqualTo(204);
  }

  private long suspend(String username, boolean suspended) {
    JsonResponse answer =
        realm.put(
            "/users/" + realm.userId(username) + "/suspension",
            Map.of("suspended", suspended, "reason", "webhook test"));
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return Long.parseLong(answer.header("Chat-Access-Revision").orElseThrow());
  }

  private JsonNode deliveries(JsonNode webhook) {
    JsonResponse answer = realm.get("/webhooks/" + webhook.get("id").asText() + "/deliveries");
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.json();
  }

  /** Polls the webhook's newest delivery until it has the status (bounded). */
  private JsonNode awaitStatus(JsonNode webhook, String status) throws InterruptedException {
    JsonNode newest = null;
    for (int i = 0; i < WAIT_SECONDS * 5; i++) {
      JsonNode all = deliveries(webhook);
      newest = all.isEmpty() ? null : all.get(0);
      if (newest != null && newest.get("status").asText().equals(status)) {
        return newest;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no delivery became " + status + ": " + newest);
  }
}
