package io.chataccess.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Bounded polling: waits for a state to be observed, up to a deadline that only keeps a broken run
 * from hanging. The limit is never what a test asserts.
 */
final class Poll {

  private static final Duration INTERVAL = Duration.ofMillis(250);

  private Poll() {}

  /** True as soon as {@code condition} holds, false if it still did not at the deadline. */
  static boolean until(Duration limit, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      Thread.sleep(INTERVAL.toMillis());
    }
  }
}
