package io.chataccess.bench.load;

import static io.chataccess.bench.load.LoadBenchmark.REALM;

import io.chataccess.bench.load.KeycloakApi.Response;
import io.chataccess.bench.load.LoadRunner.Result;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Admin API section: the effective-permissions read under load over the sample users, then one
 * at a time for the typical, supervisor and heaviest users.
 */
final class AdminReadsSection {

  private final LoadRun run;

  AdminReadsSection(LoadRun run) {
    this.run = run;
  }

  void write() {
    LoadSettings settings = run.settings();
    KeycloakApi api = run.api();
    Progress.log("admin API: effective permissions");
    List<String> ids = run.sample().stream().map(run.userIds()::get).toList();
    AtomicLong bytes = new AtomicLong();
    LoadRunner.Call call =
        sequence -> {
          String id = ids.get((int) (sequence % ids.size()));
          Response response = api.get(effectivePath(id));
          if (response.status() != 200) {
            return "HTTP " + response.status() + " " + response.abbreviated();
          }
          if (!response.body().contains("\"inboxes\"")) {
            return "200 without inboxes";
          }
          bytes.addAndGet(response.body().length());
          return null;
        };
    Duration warmUp =
        settings.warmUp().compareTo(Duration.ofSeconds(10)) > 0
            ? Duration.ofSeconds(10)
            : settings.warmUp();
    LoadRunner.run(settings.workers(), warmUp, call);
    bytes.set(0);
    Result result = LoadRunner.run(settings.workers(), settings.adminMeasure(), call);
    Latencies.Summary s = result.latencies().summary();
    Markdown report = run.report();
    report.heading(2, "Admin API: effective permissions");
    report.paragraph(
        "`GET /admin/realms/"
            + REALM
            + "/chat-access/users/{id}/effective` over the "
            + run.sample().size()
            + " sample users, "
            + settings.workers()
            + " workers, "
            + settings.adminMeasure().toSeconds()
            + " s after "
            + warmUp.toSeconds()
            + " s warm-up; master admin token (renewed every 30 s). Latency in ms.");
    report.table(
        List.of("requests", "errors", "per s", "p50", "p90", "p99", "max", "mean answer bytes"),
        List.of(
            List.of(
                "" + (result.ok() + result.errors()),
                "" + result.errors(),
                Markdown.decimal(result.throughput(), 1),
                Latencies.Summary.millis(s.p50()),
                Latencies.Summary.millis(s.p90()),
                Latencies.Summary.millis(s.p99()),
                Latencies.Summary.millis(s.max()),
                result.ok() == 0 ? "-" : "" + bytes.get() / result.ok())));
    List<List<String>> single = new ArrayList<>();
    for (String role : List.of("typical", "supervisor", "heaviest")) {
      String id = run.userIds().get(run.user(role));
      Latencies latencies = new Latencies();
      int size = 0;
      for (int i = 0; i < 20; i++) {
        long begin = System.nanoTime();
        Response response = api.get(effectivePath(id)).expect(200, "effective of " + role);
        latencies.add(System.nanoTime() - begin);
        size = response.body().length();
      }
      single.add(
          List.of(
              role + " `" + run.user(role) + "`",
              Latencies.Summary.millis(latencies.summary().p50()),
              "" + size));
    }
    report.paragraph("One at a time (20 sequential reads each):");
    report.table(List.of("user", "p50 ms", "answer bytes"), single);
    if (!result.errorSamples().isEmpty()) {
      report.paragraph("Errors: " + result.errorSamples());
    }
  }

  private static String effectivePath(String userId) {
    return "/admin/realms/" + REALM + "/chat-access/users/" + userId + "/effective";
  }
}
