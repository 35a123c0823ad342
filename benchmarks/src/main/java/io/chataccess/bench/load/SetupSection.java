package io.chataccess.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The report's title and its Setup section: machine, server, driver and the run's notes. */
final class SetupSection {

  private SetupSection() {}

  static void write(LoadRun run) {
    LoadSettings settings = run.settings();
    Markdown report = run.report();
    Progress.log("server info");
    JsonNode system =
        run.api().get("/admin/serverinfo").expect(200, "server info").json().get("systemInfo");
    report.heading(1, "Load benchmark: refresh-token grant, admin reads, claim sizes");
    report.paragraph(
        "Run of "
            + Instant.now()
            + " by `bench/load.sh` against a Keycloak server on PostgreSQL (issue 8).");
    report.heading(2, "Setup");
    report
        .bullet(
            "Machine: "
                + Runtime.getRuntime().availableProcessors()
                + " cores, "
                + Machine.memoryGiB()
                + " GiB RAM, "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.version")
                + "; load average at start "
                + Machine.loadAverage())
        .bullet(
            "Keycloak "
                + system.path("version").asText()
                + " on Java "
                + system.path("javaVersion").asText()
                + " ("
                + system.path("javaVendor").asText()
                + "); load driver on Java "
                + System.getProperty("java.version")
                + " on the same machine")
        .bullet(
            "Driver: "
                + settings.workers()
                + " concurrent workers (closed loop); first "
                + settings.serverWarmUp().toSeconds()
                + " s of unmeasured grants spread over (a), (b), (c) to warm the server up, then "
                + settings.rounds()
                + " rounds x (a, b, c), each "
                + settings.warmUp().toSeconds()
                + " s warm-up + "
                + settings.measure().toSeconds()
                + " s measured; "
                + run.sample().size()
                + " sample users, one session each per client; "
                + "HTTP/1.1, keep-alive")
        .bullet(
            "CI run (`/tmp/ci-check`) on the machine at start: "
                + (Machine.ciRunning() ? "yes" : "no"));
    for (String note : settings.setupNotes().split(";;")) {
      if (!note.isBlank()) {
        report.bullet(note.trim());
      }
    }
    report.end();
  }
}
