package io.chataccess.bench.load;

import java.util.Arrays;

/** Request latencies in nanoseconds, and their summary (nearest-rank percentiles). */
public final class Latencies {

  private long[] values = new long[4096];
  private int size;

  public void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  public int count() {
    return size;
  }

  /** The nearest-rank percentile of the values so far. */
  public long percentile(double p) {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return percentile(sorted, p);
  }

  public long max() {
    return size == 0 ? 0 : Arrays.stream(values, 0, size).max().orElse(0);
  }

  Summary summary() {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    double mean = size == 0 ? 0 : Arrays.stream(sorted).average().orElse(0);
    return new Summary(
        size,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        size == 0 ? 0 : sorted[size - 1],
        (long) mean);
  }

  /** The nearest-rank percentile of sorted values: the smallest value with p% at or below it. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  /** Latency figures in nanoseconds. */
  record Summary(int count, long p50, long p90, long p99, long max, long mean) {

    static String millis(long nanos) {
      return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }
  }
}
