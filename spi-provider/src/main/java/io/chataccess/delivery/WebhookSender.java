package io.chataccess.delivery;

import io.chataccess.store.WebhookDelivery;
import io.chataccess.store.WebhookSubscription;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts one delivery to its webhook, signed (Standard Webhooks): {@code webhook-id} is the
 * delivery's id, the same on every retry, so a receiver can drop duplicates.
 */
final class WebhookSender {

  /** What one attempt gave: an HTTP status (null when none came back) and an error text. */
  record Outcome(Integer status, String error) {
    boolean delivered() {
      return status != null && status >= 200 && status < 300;
    }
  }

  private final HttpClient client;
  private final Duration timeout;

  WebhookSender(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Outcome send(WebhookSubscription webhook, WebhookDelivery delivery, long nowMillis) {
    long timestamp = nowMillis / 1000;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(webhook.url()))
              .timeout(timeout)
              .header("Content-Type", "application/json")
              .header("webhook-id", delivery.id())
              .header("webhook-timestamp", Long.toString(timestamp))
              .header(
                  "webhook-signature",
                  Signatures.sign(webhook.secret(), delivery.id(), timestamp, delivery.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
              .build();
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return new Outcome(status, status >= 200 && status < 300 ? null : "answered " + status);
    } catch (IOException | IllegalArgumentException e) {
      return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "interrupted");
    }
  }
}
