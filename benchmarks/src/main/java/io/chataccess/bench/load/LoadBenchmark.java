package io.chataccess.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The load benchmark against a running Keycloak (issue 8): imports the generated realm and its
 * chat-access document (timed), creates the benchmark clients, then measures the refresh-token
 * grant without our mapper, with it and with Keycloak's group membership mapper in interleaved
 * rounds, the SQL statements per grant, the admin API's effective-permission reads and the claim
 * sizes, and writes a markdown report. Started by {@code bench/load.sh}, which provides the server.
 * Each section of the report is a class of its own; this one runs them in order.
 */
public final class LoadBenchmark {

  static final String REALM = "scale";
  static final String CHAT_MAPPER = "chat-access-permissions-mapper";
  static final String GROUP_MAPPER = "oidc-group-membership-mapper";
  static final String CHAT_CHANNEL_CLIENT = "bench-chat-channel";
  static final String CHAT_NODE_CLIENT = "bench-chat-node";

  private final LoadSettings settings;
  private final KeycloakApi api;

  LoadBenchmark(LoadSettings settings) {
    this.settings = settings;
    this.api = new KeycloakApi(settings.baseUrl(), settings.adminUser(), settings.adminPassword());
  }

  public static void main(String[] args) throws Exception {
    LoadBenchmark benchmark = new LoadBenchmark(LoadSettings.fromEnvironment(System.getenv()));
    String text = benchmark.run();
    System.out.println(text);
  }

  String run() throws Exception {
    LoadRun run = LoadRun.of(settings, api);
    StatementProbe probe = new StatementProbe(api);
    TokenGrants grants = new TokenGrants(run);
    SetupSection.write(run);
    new ImportSection(run, probe).write();
    new BenchmarkClients(run).create();
    lookUpUsers(run);
    Map<Variant, AtomicReferenceArray<String>> sessions =
        new RefreshThroughput(run, grants).measure();
    new SqlStatementsSection(run, grants, probe).write(sessions);
    new AdminReadsSection(run).write();
    new ClaimSizesSection(run, grants).write();
    targetSummary(run);
    String text = run.report().toString();
    Files.createDirectories(settings.report().toAbsolutePath().getParent());
    Files.writeString(settings.report(), text);
    return text;
  }

  private void lookUpUsers(LoadRun run) {
    Progress.log("looking up user ids");
    List<String> names = new ArrayList<>(run.sample());
    names.addAll(List.of(run.user("typical"), run.user("supervisor"), run.user("heaviest")));
    for (String name : names) {
      JsonNode found =
          api.get("/admin/realms/" + REALM + "/users?exact=true&username=" + name)
              .expect(200, "user " + name)
              .json();
      if (found.size() != 1) {
        throw new IllegalStateException("user " + name + " not found");
      }
      run.userIds().put(name, found.get(0).get("id").asText());
    }
  }

  private static void targetSummary(LoadRun run) {
    Markdown report = run.report();
    report.heading(2, "Targets (reported, never asserted)");
    run.targets().forEach((target, outcome) -> report.bullet(target + ": " + outcome));
    report.bullet(
        "Load average at the end: "
            + Machine.loadAverage()
            + "; CI run on the machine at the end: "
            + (Machine.ciRunning() ? "yes" : "no"));
    report.end();
  }
}
