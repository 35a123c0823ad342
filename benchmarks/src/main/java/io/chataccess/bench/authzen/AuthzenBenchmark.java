package io.chataccess.bench.authzen;

import io.chataccess.bench.load.KeycloakApi;
import io.chataccess.bench.load.Machine;
import io.chataccess.bench.load.Markdown;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Issue 16's figures on a running Keycloak with our provider ({@code bench/authzen.sh} starts one
 * with {@code --features=authzen}): A. decision throughput and latency of our AuthZEN evaluation,
 * our {@code /check} and Keycloak's own AuthZEN endpoint deciding an equivalent Authorization
 * Services policy, in interleaved rounds; B. subject and resource search in the generated
 * 10,000-agent realm. Writes a Markdown report. A figure, not a timed test: nothing compares a time
 * with a limit; the run fails only on a wrong answer.
 */
public final class AuthzenBenchmark {

  private AuthzenBenchmark() {}

  public static void main(String[] args) throws Exception {
    AuthzenSettings settings = AuthzenSettings.fromEnvironment(System.getenv());
    KeycloakApi api =
        new KeycloakApi(settings.baseUrl(), settings.adminUser(), settings.adminPassword());
    Markdown report = new Markdown();
    report.heading(1, "AuthZEN benchmark (issue 16)");
    String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String loadAtStart = Machine.loadAverage();
    Markdown body = new Markdown();
    new DecisionSection(settings, api, body).run();
    if (settings.scale()) {
      new ScaleSection(settings, api, body).run();
    }
    report.bullet(
        "Started " + started + ", finished " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
    report.bullet(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + Machine.memoryGiB()
            + " GiB; Java "
            + System.getProperty("java.version")
            + "; load average (1, 5, 15 min) at start "
            + loadAtStart
            + ", at end "
            + Machine.loadAverage());
    for (String note : settings.setupNotes().split(";;")) {
      if (!note.isBlank()) {
        report.bullet(note);
      }
    }
    report.end();
    String text = report + body.toString();
    Files.createDirectories(settings.report().toAbsolutePath().getParent());
    Files.writeString(settings.report(), text);
    System.out.println(text);
  }
}
