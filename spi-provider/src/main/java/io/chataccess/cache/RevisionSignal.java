package io.chataccess.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Wakes readers of the change feed when a realm's revision moves on this node: after a local commit
 * and on a cluster event from another node ({@link PolicyInvalidation#apply}). A waiter sleeps at
 * most its timeout, so a lost wake-up costs latency, never an entry: the feed reads the database
 * again after waking.
 */
public final class RevisionSignal {

  private static final Map<String, Object> MONITORS = new ConcurrentHashMap<>();
  private static final Map<String, Long> SEEN = new ConcurrentHashMap<>();

  private RevisionSignal() {}

  static void moved(String realmId, long revision) {
    SEEN.merge(realmId, revision, Math::max);
    Object monitor = monitor(realmId);
    synchronized (monitor) {
      monitor.notifyAll();
    }
  }

  /**
   * Waits until this node learns of a revision above {@code revision} of the realm, or the timeout
   * passes; returns early if it knows of one already.
   */
  public static void awaitAbove(String realmId, long revision, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    Object monitor = monitor(realmId);
    synchronized (monitor) {
      while (SEEN.getOrDefault(realmId, Long.MIN_VALUE) <= revision) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return;
        }
        monitor.wait(left);
      }
    }
  }

  private static Object monitor(String realmId) {
    return MONITORS.computeIfAbsent(realmId, id -> new Object());
  }
}
