package io.chataccess.bench.load;

import static io.chataccess.bench.load.Progress.log;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi.Response;
import io.chataccess.bench.load.LoadRunner.Result;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The Refresh-token grant section: opens one session per sample user and variant, checks that each
 * variant's tokens carry the claim it promises, warms the server up, then measures the three
 * variants in rotating rounds and reports throughput, latency and the chat mapper's target.
 */
final class RefreshThroughput {

  private final LoadRun run;
  private final TokenGrants grants;
  private final Map<Variant, AtomicReferenceArray<String>> sampleSessions =
      new EnumMap<>(Variant.class);

  RefreshThroughput(LoadRun run, TokenGrants grants) {
    this.run = run;
    this.grants = grants;
  }

  /** Measures and reports; returns the sample users' sessions per variant, for later parts. */
  Map<Variant, AtomicReferenceArray<String>> measure() {
    LoadSettings settings = run.settings();
    List<String> sample = run.sample();
    for (Variant variant : Variant.values()) {
      log("opening " + sample.size() + " sessions at " + variant.clientId);
      sampleSessions.put(variant, grants.sessions(variant.clientId, sample));
    }
    checkClaims();
    Variant[] all = Variant.values();
    warmUpServer(all);
    Map<Variant, List<Result>> results = new EnumMap<>(Variant.class);
    List<List<String>> roundRows = new ArrayList<>();
    List<Double> chatRatios = new ArrayList<>();
    for (int round = 0; round < settings.rounds(); round++) {
      Map<Variant, Result> thisRound = new EnumMap<>(Variant.class);
      String load = Machine.loadAverage();
      boolean ci = Machine.ciRunning();
      for (int i = 0; i < all.length; i++) {
        Variant variant = all[(i + round) % all.length];
        LoadRunner.Call call = refreshCall(variant);
        log("round " + (round + 1) + " " + variant.label + ": warm-up");
        LoadRunner.run(settings.workers(), settings.warmUp(), call);
        log("round " + (round + 1) + " " + variant.label + ": measuring");
        Result result = LoadRunner.run(settings.workers(), settings.measure(), call);
        log(
            "  "
                + Markdown.decimal(result.throughput(), 1)
                + "/s, errors "
                + result.errors()
                + ", p99 "
                + Latencies.Summary.millis(result.latencies().summary().p99())
                + " ms");
        thisRound.put(variant, result);
        results.computeIfAbsent(variant, v -> new ArrayList<>()).add(result);
      }
      double plain = thisRound.get(Variant.PLAIN).throughput();
      chatRatios.add(thisRound.get(Variant.CHAT).throughput() / plain);
      roundRows.add(
          List.of(
              "" + (round + 1),
              orderOf(round),
              Markdown.decimal(plain, 1),
              Markdown.decimal(thisRound.get(Variant.CHAT).throughput(), 1),
              Markdown.decimal(thisRound.get(Variant.GROUPS).throughput(), 1),
              Markdown.percent(thisRound.get(Variant.CHAT).throughput() / plain),
              Markdown.percent(thisRound.get(Variant.GROUPS).throughput() / plain),
              load + (ci ? ", CI running" : "")));
    }
    Map<Variant, Result> merged = new EnumMap<>(Variant.class);
    results.forEach((variant, list) -> merged.put(variant, Result.merge(list)));
    report(merged, roundRows, chatRatios);
    return sampleSessions;
  }

  private LoadRunner.Call refreshCall(Variant variant) {
    AtomicReferenceArray<String> tokens = sampleSessions.get(variant);
    return sequence -> grants.refresh(variant.clientId, tokens, (int) (sequence % tokens.length()));
  }

  private void report(
      Map<Variant, Result> merged, List<List<String>> roundRows, List<Double> chatRatios) {
    Markdown report = run.report();
    report.heading(2, "Refresh-token grant");
    report.paragraph(
        "Same "
            + run.sample().size()
            + " users, one session per user and client; "
            + run.settings().workers()
            + " workers; every answer must be 200 with an access token, anything else counts as an"
            + " error. Latency in ms of successful requests; throughput = successful requests per"
            + " second of measurement, over all rounds.");
    double plain = merged.get(Variant.PLAIN).throughput();
    List<List<String>> rows = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      Result result = merged.get(variant);
      Latencies.Summary s = result.latencies().summary();
      rows.add(
          List.of(
              variant.label + " `" + variant.clientId + "`",
              "" + (result.ok() + result.errors()),
              "" + result.errors(),
              Markdown.decimal(result.throughput(), 1),
              Latencies.Summary.millis(s.p50()),
              Latencies.Summary.millis(s.p90()),
              Latencies.Summary.millis(s.p99()),
              Latencies.Summary.millis(s.max()),
              Markdown.percent(result.throughput() / plain)));
    }
    report.table(
        List.of("variant", "requests", "errors", "per s", "p50", "p90", "p99", "max", "vs (a)"),
        rows);
    report.paragraph(
        "Per round (order rotates so that no variant always runs first); median of the rounds'"
            + " (b)/(a): "
            + Markdown.percent(median(chatRatios))
            + ":");
    report.table(
        List.of("round", "order", "(a) /s", "(b) /s", "(c) /s", "(b)/(a)", "(c)/(a)", "load avg"),
        roundRows);
    merged.forEach(
        (variant, result) -> {
          if (!result.errorSamples().isEmpty()) {
            report.paragraph(
                "Errors of " + variant.label + ": " + result.errorSamples().toString());
          }
        });
    double ratio = merged.get(Variant.CHAT).throughput() / plain;
    run.targets()
        .put(
            "Refresh grant with our mapper at least 95 % of without",
            (ratio >= 0.95 ? "met" : "**missed**")
                + ": "
                + Markdown.percent(ratio)
                + " over all rounds, median of the rounds "
                + Markdown.percent(median(chatRatios))
                + " (group membership mapper: "
                + Markdown.percent(merged.get(Variant.GROUPS).throughput() / plain)
                + ")");
  }

  /**
   * Runs every variant, unmeasured, before the first round: the server's JIT compiles the token
   * path in the first minute, which would otherwise favour whatever runs last in round 1.
   */
  private void warmUpServer(Variant[] all) {
    Duration total = run.settings().serverWarmUp();
    if (total.isZero()) {
      return;
    }
    Duration each = total.dividedBy(all.length);
    for (Variant variant : all) {
      log("server warm-up " + variant.label + ": " + each.toSeconds() + " s");
      LoadRunner.run(run.settings().workers(), each, refreshCall(variant));
    }
  }

  /** The first sample user's tokens carry the claim each variant promises, and no other. */
  private void checkClaims() {
    for (Variant variant : Variant.values()) {
      Response response = grants.passwordGrant(variant.clientId, run.sample().get(0));
      JsonNode payload = Jwt.payload(response.json().get("access_token").asText());
      boolean chat = payload.has("chat");
      boolean groups = payload.has("groups");
      if (chat != (variant == Variant.CHAT) || groups != (variant == Variant.GROUPS)) {
        throw new IllegalStateException(
            variant.clientId + ": chat claim " + chat + ", groups claim " + groups);
      }
    }
  }

  private static String orderOf(int round) {
    Variant[] all = Variant.values();
    StringBuilder order = new StringBuilder();
    for (int i = 0; i < all.length; i++) {
      order.append(all[(i + round) % all.length].label, 0, 3);
    }
    return order.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
