package io.chataccess.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void nearest_rank_percentiles_of_one_to_a_hundred() {
    Latencies latencies = new Latencies();
    for (long i = 100; i >= 1; i--) {
      latencies.add(i);
    }
    Latencies.Summary summary = latencies.summary();
    assertThat(summary.count()).isEqualTo(100);
    assertThat(summary.p50()).isEqualTo(50);
    assertThat(summary.p90()).isEqualTo(90);
    assertThat(summary.p99()).isEqualTo(99);
    assertThat(summary.max()).isEqualTo(100);
  }

  @Test
  void merged_latencies_grow_past_the_initial_capacity() {
    Latencies a = new Latencies();
    Latencies b = new Latencies();
    for (int i = 0; i < 5000; i++) {
      a.add(1);
      b.add(3);
    }
    a.addAll(b);
    assertThat(a.count()).isEqualTo(10_000);
    assertThat(a.summary().p50()).isEqualTo(1);
    assertThat(a.summary().p90()).isEqualTo(3);
  }

  @Test
  void no_latencies_summarise_as_zero() {
    assertThat(new Latencies().summary().p99()).isZero();
  }
}
