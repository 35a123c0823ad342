package io.chataccess.cache;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.store.ChatAccessStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One compiled {@link ChatPolicy} per realm. A policy stays in use until a {@link
 * PolicyChangedEvent} says its realm changed (sent through Keycloak's cluster provider after every
 * committed write, so every node drops it at once). As a safety net against a lost cluster message,
 * a policy older than {@code revalidateAfter} is checked against the realm's revision in the
 * database (one primary-key read) before it is used again; a zero interval checks on every use.
 */
final class PolicyCache {

  private final Map<String, RealmSlot> slots = new ConcurrentHashMap<>();
  private final long revalidateAfterNanos;
  private final LongSupplier nanoClock;

  PolicyCache(Duration revalidateAfter, LongSupplier nanoClock) {
    this.revalidateAfterNanos = revalidateAfter.toNanos();
    this.nanoClock = nanoClock;
  }

  ChatPolicy policy(ChatAccessStore store, String realmId) {
    RealmSlot slot = slots.computeIfAbsent(realmId, id -> new RealmSlot());
    long now = nanoClock.getAsLong();
    ChatPolicy cached = slot.fresh(now, revalidateAfterNanos);
    if (cached != null) {
      return cached;
    }
    long revision = store.settings().get(realmId).revision();
    ChatPolicy confirmed = slot.confirm(revision, now);
    if (confirmed != null) {
      return confirmed;
    }
    ChatPolicy loaded = store.loadPolicy(realmId);
    slot.offer(loaded, now);
    return loaded;
  }

  /** Drops policies of the realm compiled at {@code revision} or earlier, now and when offered. */
  void invalidate(String realmId, long revision) {
    slots.computeIfAbsent(realmId, id -> new RealmSlot()).invalidate(revision);
  }

  void forget(String realmId) {
    slots.remove(realmId);
  }

  int size() {
    return (int) slots.values().stream().filter(RealmSlot::holdsPolicy).count();
  }

  /** The cached policy of one realm and the newest revision known to be invalid. */
  private static final class RealmSlot {
    private ChatPolicy policy;
    private long checkedAt;
    private long invalidUpTo = Long.MIN_VALUE;

    synchronized ChatPolicy fresh(long now, long maxAge) {
      return policy != null && now - checkedAt < maxAge ? policy : null;
    }

    /** The cached policy if the database still is at its revision; it is then fresh again. */
    synchronized ChatPolicy confirm(long revision, long now) {
      if (policy == null || policy.revision() != revision) {
        return null;
      }
      checkedAt = now;
      return policy;
    }

    /** Keeps a policy loaded from the database unless an invalidation has already passed it. */
    synchronized void offer(ChatPolicy loaded, long now) {
      if (loaded.revision() <= invalidUpTo) {
        return;
      }
      if (policy == null || loaded.revision() >= policy.revision()) {
        policy = loaded;
        checkedAt = now;
      }
    }

    synchronized void invalidate(long revision) {
      invalidUpTo = Math.max(invalidUpTo, revision - 1);
      if (policy != null && policy.revision() < revision) {
        policy = null;
      }
    }

    synchronized boolean holdsPolicy() {
      return policy != null;
    }
  }
}
