package io.chataccess.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop: a fixed number of workers, each sending its next request as soon as the last one
 * answered, for a fixed time. Every request is checked; failures are counted and a few kept.
 */
final class LoadRunner {

  private static final int ERROR_SAMPLES = 5;

  private LoadRunner() {}

  /** One request: null when it succeeded, else what was wrong. */
  @FunctionalInterface
  interface Call {
    String send(long sequence) throws Exception;
  }

  /** What a run measured. Latencies are of successful requests only. */
  record Result(
      long ok, long errors, double seconds, Latencies latencies, Map<String, Long> errorSamples) {

    double throughput() {
      return seconds == 0 ? 0 : ok / seconds;
    }

    static Result merge(List<Result> results) {
      Latencies all = new Latencies();
      long ok = 0;
      long errors = 0;
      double seconds = 0;
      Map<String, Long> samples = new TreeMap<>();
      for (Result r : results) {
        ok += r.ok;
        errors += r.errors;
        seconds += r.seconds;
        all.addAll(r.latencies);
        r.errorSamples.forEach((k, v) -> samples.merge(k, v, Long::sum));
      }
      return new Result(ok, errors, seconds, all, samples);
    }
  }

  static Result run(int workers, Duration duration, Call call) {
    AtomicLong sequence = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> loop(call, sequence, deadline)));
      }
      List<Result> results = new ArrayList<>();
      for (Future<Result> future : futures) {
        results.add(future.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Result merged = Result.merge(results);
      return new Result(merged.ok, merged.errors, seconds, merged.latencies, merged.errorSamples);
    } catch (Exception e) {
      throw new IllegalStateException("load run failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Result loop(Call call, AtomicLong sequence, long deadline) {
    Latencies latencies = new Latencies();
    Map<String, Long> samples = new TreeMap<>();
    long ok = 0;
    long errors = 0;
    while (System.nanoTime() < deadline) {
      long begin = System.nanoTime();
      String error;
      try {
        error = call.send(sequence.getAndIncrement());
      } catch (Exception e) {
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      long took = System.nanoTime() - begin;
      if (error == null) {
        ok++;
        latencies.add(took);
      } else {
        errors++;
        if (samples.size() < ERROR_SAMPLES || samples.containsKey(error)) {
          samples.merge(error, 1L, Long::sum);
        }
      }
    }
    return new Result(ok, errors, 0, latencies, samples);
  }
}
