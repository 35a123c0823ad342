package io.chataccess.store;

import java.time.Duration;

/**
 * How long the change log keeps entries, per realm: at most {@code maxAge} and the newest {@code
 * maxCount} (docs/changes.md, "Retention"). A reader asking for what was pruned gets 410.
 */
public record ChangeRetention(Duration maxAge, int maxCount) {

  public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);
  public static final int DEFAULT_MAX_COUNT = 100_000;

  /** Pruning runs with every this many revisions of a realm, in the write's transaction. */
  public static final int PRUNE_EVERY = 10;

  public ChangeRetention {
    if (maxAge.isNegative() || maxAge.isZero() || maxCount < 1) {
      throw new IllegalArgumentException(
          "change retention needs a positive age and count, was " + maxAge + " and " + maxCount);
    }
  }

  public static ChangeRetention defaults() {
    return new ChangeRetention(DEFAULT_MAX_AGE, DEFAULT_MAX_COUNT);
  }
}
