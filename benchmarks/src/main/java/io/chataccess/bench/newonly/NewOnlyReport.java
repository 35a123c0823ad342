package io.chataccess.bench.newonly;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi;
import io.chataccess.bench.load.Machine;
import io.chataccess.bench.load.Markdown;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects the run's figures and writes them as Markdown, in the order a reader wants them. */
final class NewOnlyReport {

  private final NewOnlySettings settings;
  private final String started = Instant.now().toString();
  private final String neighboursAtStart = Neighbours.now();
  private final String server;
  private List<TeamRealm.ImportStep> imports = List.of();
  private double chatSeconds;
  private int inboxes;
  private List<RoleSaves.Save> saves = List.of();
  private TokenFigures.Result keptBack;
  private TokenFigures.Result released;
  private List<String> checks = List.of();

  NewOnlyReport(NewOnlySettings settings, KeycloakApi api) {
    this.settings = settings;
    JsonNode system =
        api.get("/admin/serverinfo").expect(200, "server info").json().path("systemInfo");
    this.server =
        "Keycloak "
            + system.path("version").asText()
            + " on Java "
            + system.path("javaVersion").asText()
            + "; driver on Java "
            + System.getProperty("java.version")
            + " on the same machine, one request at a time, HTTP/1.1 keep-alive to localhost";
  }

  void imported(List<TeamRealm.ImportStep> steps) {
    this.imports = steps;
  }

  void chatSetup(double seconds, ChatSetup chat) {
    this.chatSeconds = seconds;
    this.inboxes = chat.inboxKeys().size();
  }

  void saves(List<RoleSaves.Save> saves) {
    this.saves = saves;
  }

  void tokensKeptBack(TokenFigures.Result result) {
    this.keptBack = result;
  }

  void tokensReleased(TokenFigures.Result result) {
    this.released = result;
  }

  void checks(List<String> passed) {
    this.checks = passed;
  }

  String text() {
    Markdown md = new Markdown();
    md.heading(1, "\"New only\" at the scale of a " + count(settings.teamSize()) + "-agent team");
    md.paragraph("Run of " + started + " by `bench/new-only.sh` (issue 15). Figures, not a test.");
    md.heading(2, "Setup");
    md.bullet(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + Machine.memoryGiB()
            + " GiB RAM; at the start: "
            + neighboursAtStart
            + "; at the end: "
            + Neighbours.now());
    md.bullet(server);
    for (String note : settings.setupNotes().split(";;")) {
      if (!note.isBlank()) {
        md.bullet(note.trim());
      }
    }
    md.bullet(
        "Realm `"
            + settings.realm()
            + "`: group `/team` with "
            + count(settings.teamSize())
            + " members (`agent-0` ... ), only `agent-0` with a password; public client `desk`"
            + " (direct access grants) with the chat mapper, defaults");
    md.bullet(
        "Chat configuration (admin API, "
            + Progress.seconds(chatSeconds)
            + "): location `site` with "
            + inboxes
            + " inboxes, role `team-agent` (no license), one assignment: group `/team`, node"
            + " `site`");
    md.end();
    md.heading(2, "Realm import");
    List<List<String>> rows = new ArrayList<>();
    for (TeamRealm.ImportStep step : imports) {
      rows.add(
          List.of(
              step.what(),
              count(step.users()),
              count(step.kib()),
              Markdown.decimal(step.seconds(), 1),
              String.valueOf(step.status())));
    }
    md.table(List.of("request", "users", "KiB", "seconds", "answer"), rows);
    savesSection(md);
    tokenSection(md);
    md.heading(2, "Checks (all passed, else there would be no report)");
    checks.forEach(md::bullet);
    md.end();
    return md.toString();
  }

  private void savesSection(Markdown md) {
    md.heading(2, "Saves of the role");
    md.paragraph(
        "`PUT /admin/realms/"
            + settings.realm()
            + "/chat-access/roles/{id}?mode=...`, each with other grants (a new version);"
            + " wall time of the HTTP request alone (`System.nanoTime()`). *Holders*: members of"
            + " `/team` at the save (each new-only save is followed by a new member `late-k`)."
            + " *Kept*: `keptUsers` of the version before, read after the save. *Chat writes*:"
            + " chat-access entities inserted, updated or deleted (Hibernate statistics through"
            + " the probe; a bulk `delete ... where` counts 0). *Statements*: SQL statements"
            + " prepared during the save.");
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (RoleSaves.Save save : saves) {
      rows.add(
          List.of(
              String.valueOf(++n),
              "`" + save.mode() + "`",
              "v" + (save.version() - 1) + " → v" + save.version(),
              RoleGrants.text(save.grants()),
              count(save.holders()),
              count(save.keptOnBase()),
              Progress.millis(save.nanos()),
              count(save.counts().chatWrites()),
              count(save.counts().prepared()),
              count(save.counts().chat())));
    }
    md.table(
        List.of(
            "#",
            "mode",
            "version",
            "new grants",
            "holders",
            "kept",
            "wall time (ms)",
            "chat writes",
            "statements",
            "chat reads"),
        rows);
  }

  private void tokenSection(Markdown md) {
    md.heading(2, "Token issuance for `agent-0`");
    md.paragraph(
        "First a password grant at `desk` (the first token after a save: it loads the realm's chat"
            + " snapshot, kept versions included), then "
            + keptBack.warm()
            + " unmeasured refresh grants, then "
            + keptBack.refreshes()
            + " refresh grants, each between two probe readings (the probe's own "
            + keptBack.probeCost()
            + " statement(s) per reading subtracted) and timed around the grant alone."
            + " Latencies are observations on a shared machine, not targets.");
    md.table(
        List.of("", "role in new-only state", "after apply"),
        List.of(
            row("users kept back", count(keptTotal()), "0"),
            row(
                "password grant (ms)",
                Progress.millis(keptBack.passwordNanos()),
                Progress.millis(released.passwordNanos())),
            row(
                "chat reads in that grant",
                count(keptBack.password().chat()),
                count(released.password().chat())),
            row(
                "statements in that grant",
                count(keptBack.password().prepared()),
                count(released.password().prepared())),
            row(
                "chat reads in " + keptBack.refreshes() + " refresh grants (max per grant)",
                keptBack.chatReads() + " (" + keptBack.chatReadsMax() + ")",
                released.chatReads() + " (" + released.chatReadsMax() + ")"),
            row(
                "statements per refresh grant (min-max)",
                statements(keptBack),
                statements(released)),
            row(
                "refresh grants with any statement",
                keptBack.grantsWithStatements() + " of " + keptBack.refreshes(),
                released.grantsWithStatements() + " of " + released.refreshes()),
            row(
                "refresh grant median (ms)",
                Progress.millis(keptBack.percentile(50)),
                Progress.millis(released.percentile(50))),
            row(
                "refresh grant p95 (ms)",
                Progress.millis(keptBack.percentile(95)),
                Progress.millis(released.percentile(95))),
            row(
                "refresh grant max (ms)",
                Progress.millis(keptBack.percentile(100)),
                Progress.millis(released.percentile(100)))));
  }

  private long keptTotal() {
    return saves.stream()
        .filter(save -> "new-only".equals(save.mode()))
        .mapToLong(RoleSaves.Save::keptOnBase)
        .sum();
  }

  private static String statements(TokenFigures.Result result) {
    return Markdown.decimal(result.preparedPerGrant(), 2)
        + " ("
        + result.preparedMin()
        + "-"
        + result.preparedMax()
        + ")";
  }

  private static List<String> row(String what, String keptBack, String released) {
    return List.of(what, keptBack, released);
  }

  private static String count(long value) {
    return String.format(java.util.Locale.ROOT, "%,d", value);
  }
}
