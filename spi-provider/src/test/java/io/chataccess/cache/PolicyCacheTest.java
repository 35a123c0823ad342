package io.chataccess.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.store.RealmSnapshot;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyCacheTest {

  private static final String REALM = "realm-1";
  private static final Duration REVALIDATE = Duration.ofSeconds(30);

  private final AtomicLong clock = new AtomicLong();
  private final FakeRevisionStore store = new FakeRevisionStore();
  private PolicyCache cache;

  @BeforeEach
  void setUp() {
    store.revision = 4;
    cache = new PolicyCache(REVALIDATE, clock::get);
  }

  @Test
  void a_warm_cache_reads_nothing_from_the_database() {
    RealmSnapshot first = cache.snapshot(store, REALM);
    int reads = store.revisionReads;

    RealmSnapshot second = cache.snapshot(store, REALM);

    assertThat(second).isSameAs(first);
    assertThat(store.revisionReads).isEqualTo(reads);
    assertThat(store.snapshotLoads).isEqualTo(1);
  }

  @Test
  void an_invalidation_makes_the_next_use_load_the_new_revision() {
    cache.snapshot(store, REALM);
    store.revision = 5;

    cache.invalidate(REALM, 5);

    assertThat(cache.snapshot(store, REALM).revision()).isEqualTo(5);
    assertThat(store.snapshotLoads).isEqualTo(2);
  }

  @Test
  void an_invalidation_of_an_older_revision_keeps_a_newer_policy() {
    store.revision = 7;
    RealmSnapshot current = cache.snapshot(store, REALM);

    cache.invalidate(REALM, 6);

    assertThat(cache.snapshot(store, REALM)).isSameAs(current);
  }

  @Test
  void a_policy_read_before_a_commit_is_not_kept_after_its_invalidation() {
    // a reader loads revision 4 while a writer commits 5; the writer's invalidation arrives first
    cache.invalidate(REALM, 5);
    RealmSnapshot late = cache.snapshot(store, REALM);
    store.revision = 5;

    RealmSnapshot next = cache.snapshot(store, REALM);

    assertThat(late.revision()).isEqualTo(4);
    assertThat(next.revision()).isEqualTo(5);
    assertThat(store.snapshotLoads).isEqualTo(2);
  }

  @Test
  void after_the_revalidation_interval_an_unchanged_revision_keeps_the_policy() {
    RealmSnapshot first = cache.snapshot(store, REALM);
    clock.addAndGet(REVALIDATE.toNanos());

    RealmSnapshot again = cache.snapshot(store, REALM);

    assertThat(again).isSameAs(first);
    assertThat(store.revisionReads).isEqualTo(2);
    assertThat(store.snapshotLoads).isEqualTo(1);
  }

  @Test
  void after_the_revalidation_interval_a_missed_change_is_found() {
    cache.snapshot(store, REALM);
    store.revision = 9; // a change whose cluster message never arrived
    assertThat(cache.snapshot(store, REALM).revision()).isEqualTo(4);

    clock.addAndGet(REVALIDATE.toNanos());

    assertThat(cache.snapshot(store, REALM).revision()).isEqualTo(9);
  }

  @Test
  void a_zero_interval_checks_the_revision_on_every_use() {
    PolicyCache checking = new PolicyCache(Duration.ZERO, clock::get);
    checking.snapshot(store, REALM);
    store.revision = 5;

    assertThat(checking.snapshot(store, REALM).revision()).isEqualTo(5);
  }

  @Test
  void forgetting_a_realm_empties_its_slot() {
    cache.snapshot(store, REALM);
    assertThat(cache.size()).isEqualTo(1);

    cache.forget(REALM);

    assertThat(cache.size()).isZero();
  }
}
