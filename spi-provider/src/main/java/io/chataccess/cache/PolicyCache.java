package io.chataccess.cache;

import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.RealmSnapshot;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One {@link RealmSnapshot} per realm: the compiled policy with the realm's license holdings,
 * suspensions and department root, so that a token needs no chat query. A snapshot stays in use
 * until a {@link PolicyChangedEvent} says its realm changed (sent through Keycloak's cluster
 * provider after every committed write, so every node drops it at once). As a safety net against a
 * lost cluster message, a snapshot older than {@code revalidateAfter} is checked against the
 * realm's revision in the database (one primary-key read) before it is used again; a zero interval
 * checks on every use.
 */
final class PolicyCache {

  private final Map<String, RealmSlot> slots = new ConcurrentHashMap<>();
  private final long revalidateAfterNanos;
  private final LongSupplier nanoClock;

  PolicyCache(Duration revalidateAfter, LongSupplier nanoClock) {
    this.revalidateAfterNanos = revalidateAfter.toNanos();
    this.nanoClock = nanoClock;
  }

  RealmSnapshot snapshot(ChatAccessStore store, String realmId) {
    RealmSlot slot = slots.computeIfAbsent(realmId, id -> new RealmSlot());
    long now = nanoClock.getAsLong();
    RealmSnapshot cached = slot.fresh(now, revalidateAfterNanos);
    if (cached != null) {
      return cached;
    }
    long revision = store.settings().get(realmId).revision();
    RealmSnapshot confirmed = slot.confirm(revision, now);
    if (confirmed != null) {
      return confirmed;
    }
    RealmSnapshot loaded = store.loadSnapshot(realmId);
    slot.offer(loaded, now);
    return loaded;
  }

  /** Drops snapshots of the realm compiled at {@code revision} or earlier, now and when offered. */
  void invalidate(String realmId, long revision) {
    slots.computeIfAbsent(realmId, id -> new RealmSlot()).invalidate(revision);
  }

  void forget(String realmId) {
    slots.remove(realmId);
  }

  int size() {
    return (int) slots.values().stream().filter(RealmSlot::holdsSnapshot).count();
  }

  /** The cached snapshot of one realm and the newest revision known to be invalid. */
  private static final class RealmSlot {
    private RealmSnapshot snapshot;
    private long checkedAt;
    private long invalidUpTo = Long.MIN_VALUE;

    synchronized RealmSnapshot fresh(long now, long maxAge) {
      return snapshot != null && now - checkedAt < maxAge ? snapshot : null;
    }

    /** The cached snapshot if the database still is at its revision; it is then fresh again. */
    synchronized RealmSnapshot confirm(long revision, long now) {
      if (snapshot == null || snapshot.revision() != revision) {
        return null;
      }
      checkedAt = now;
      return snapshot;
    }

    /** Keeps a snapshot loaded from the database unless an invalidation has already passed it. */
    synchronized void offer(RealmSnapshot loaded, long now) {
      if (loaded.revision() <= invalidUpTo) {
        return;
      }
      if (snapshot == null || loaded.revision() >= snapshot.revision()) {
        snapshot = loaded;
        checkedAt = now;
      }
    }

    synchronized void invalidate(long revision) {
      invalidUpTo = Math.max(invalidUpTo, revision - 1);
      if (snapshot != null && snapshot.revision() < revision) {
        snapshot = null;
      }
    }

    synchronized boolean holdsSnapshot() {
      return snapshot != null;
    }
  }
}
