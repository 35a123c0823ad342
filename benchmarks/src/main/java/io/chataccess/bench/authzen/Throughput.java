package io.chataccess.bench.authzen;

import io.chataccess.bench.load.Latencies;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decision throughput in interleaved rounds: a warm-up per variant, then per round every variant
 * for the same time with the same client threads (the order rotates from round to round, so no
 * variant always runs first). Each thread cycles through the cases from its own offset; every
 * answer is compared with the expected decision (a wrong one is counted, and fails the run).
 */
final class Throughput {

  /** A variant's figures over all rounds. */
  record Result(
      DecisionVariant variant,
      int requests,
      double seconds,
      List<Double> roundRates,
      long p50,
      long p90,
      long p99,
      long max,
      long errors) {
    double rate() {
      return requests / seconds;
    }
  }

  private final AuthzenSettings settings;
  private final Pdp pdp;
  private final String realm;
  private final List<DecisionRealm.Case> cases;

  Throughput(AuthzenSettings settings, Pdp pdp, String realm, List<DecisionRealm.Case> cases) {
    this.settings = settings;
    this.pdp = pdp;
    this.realm = realm;
    this.cases = cases;
  }

  List<Result> run(List<DecisionVariant> variants) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      for (DecisionVariant variant : variants) {
        Log.log("warm-up " + variant + " " + settings.warmupSeconds() + " s");
        burst(pool, variant, settings.warmupSeconds());
      }
      Map<DecisionVariant, Latencies> samples = new EnumMap<>(DecisionVariant.class);
      Map<DecisionVariant, List<Double>> rates = new EnumMap<>(DecisionVariant.class);
      Map<DecisionVariant, Long> errors = new EnumMap<>(DecisionVariant.class);
      for (int round = 0; round < settings.rounds(); round++) {
        for (int i = 0; i < variants.size(); i++) {
          DecisionVariant variant = variants.get((i + round) % variants.size());
          Burst burst = burst(pool, variant, settings.measureSeconds());
          double rate = burst.samples.count() / burst.seconds;
          Log.log("round " + (round + 1) + " " + variant + ": " + Math.round(rate) + " requests/s");
          samples.computeIfAbsent(variant, v -> new Latencies()).addAll(burst.samples);
          rates.computeIfAbsent(variant, v -> new ArrayList<>()).add(rate);
          errors.merge(variant, burst.errors, Long::sum);
        }
      }
      List<Result> results = new ArrayList<>();
      for (DecisionVariant variant : variants) {
        Latencies all = samples.get(variant);
        double seconds = settings.rounds() * (double) settings.measureSeconds();
        results.add(
            new Result(
                variant,
                all.count(),
                seconds,
                rates.get(variant),
                all.percentile(50),
                all.percentile(90),
                all.percentile(99),
                all.max(),
                errors.get(variant)));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private record Burst(Latencies samples, double seconds, long errors) {}

  private Burst burst(ExecutorService pool, DecisionVariant variant, int seconds) throws Exception {
    String path = variant.path(realm);
    List<String> bodies = new ArrayList<>();
    cases.forEach(question -> bodies.add(variant.body(question)));
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<Future<Latencies>> futures = new ArrayList<>();
    for (int t = 0; t < settings.threads(); t++) {
      int offset = t * cases.size() / settings.threads();
      futures.add(
          pool.submit(
              () -> {
                Latencies mine = new Latencies();
                for (int n = offset; System.nanoTime() < end; n++) {
                  int index = n % cases.size();
                  long before = System.nanoTime();
                  var response = pdp.post(path, bodies.get(index));
                  mine.add(System.nanoTime() - before);
                  if (response.status() != 200
                      || variant.decision(response.json()) != cases.get(index).expected()) {
                    errors.incrementAndGet();
                  }
                }
                return mine;
              }));
    }
    Latencies merged = new Latencies();
    for (Future<Latencies> future : futures) {
      merged.addAll(future.get());
    }
    double elapsed = Log.secondsSince(start);
    if (errors.get() > 0) {
      throw new IllegalStateException(variant + ": " + errors.get() + " wrong or failed answers");
    }
    return new Burst(merged, elapsed, errors.get());
  }
}
