package io.chataccess.delivery;

import java.time.Duration;

/**
 * How the outbox is delivered (SPI {@code chat-access-webhooks}, docs/changes.md): how often each
 * node looks for due deliveries, how long one attempt may take, how many attempts before a delivery
 * is failed, and the first retry delay, doubled after each failure (at most an hour).
 */
record DeliverySettings(
    Duration interval, Duration timeout, int maxAttempts, Duration firstRetry, int batch) {

  static final Duration MAX_RETRY = Duration.ofHours(1);

  DeliverySettings {
    if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("webhook interval and timeout must be positive");
    }
    if (maxAttempts < 1 || firstRetry.isNegative() || batch < 1) {
      throw new IllegalArgumentException("webhook attempts and batch must be at least 1");
    }
  }

  /** The wait after failed attempt number {@code attempt} (1 for the first). */
  Duration retryAfter(int attempt) {
    Duration wait = firstRetry;
    for (int i = 1; i < attempt && wait.compareTo(MAX_RETRY) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
  }

  /** How long a node's claim on a delivery lasts: the attempt's timeout and a margin. */
  Duration claim() {
    return timeout.multipliedBy(2).plusSeconds(5);
  }
}
