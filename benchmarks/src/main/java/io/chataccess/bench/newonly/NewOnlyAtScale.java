package io.chataccess.bench.newonly;

import io.chataccess.bench.load.KeycloakApi;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 15's figure: saving a chat role {@code new-only} that a group of 10,000 members holds, and
 * token issuance for such a member while they are kept back. Against a running Keycloak with our
 * provider and the probe ({@code bench/new-only.sh} starts one): imports the team realm, creates
 * the chat configuration, saves the role several times {@code new-only} and once {@code apply}
 * (timed, writes counted), checks after each save that the mode did what it says (a failed check
 * ends the run with an exception), measures token issuance, and writes a Markdown report. A figure,
 * not a timed test: nothing here compares a time with a limit.
 */
public final class NewOnlyAtScale {

  private NewOnlyAtScale() {}

  public static void main(String[] args) throws Exception {
    NewOnlySettings settings = NewOnlySettings.fromEnvironment(System.getenv());
    KeycloakApi api =
        new KeycloakApi(settings.baseUrl(), settings.adminUser(), settings.adminPassword());
    String text = run(settings, api);
    Files.createDirectories(settings.report().toAbsolutePath().getParent());
    Files.writeString(settings.report(), text);
    System.out.println(text);
  }

  static String run(NewOnlySettings settings, KeycloakApi api) {
    ProbeCounts.read(api);
    NewOnlyReport report = new NewOnlyReport(settings, api);
    TeamRealm team = new TeamRealm(api, settings);
    report.imported(team.importRealm());
    long members = team.countMembers();
    if (members != settings.teamSize()) {
      throw new IllegalStateException("/team has " + members + " members after the import");
    }
    ChatSetup chat = new ChatSetup(api, settings);
    report.chatSetup(chat.create(), chat);
    Semantics checks = new Semantics(api, settings, chat);
    checks.tokenShows("before the saves", TeamRealm.AGENT, 1);
    String agentId = team.userId(TeamRealm.AGENT);
    RoleSaves saves = new RoleSaves(api, chat, team);
    List<String> lateIds = new ArrayList<>();
    long kept = 0;
    TokenFigures tokens = new TokenFigures(api, settings);
    for (int k = 1; k <= settings.saves(); k++) {
      String when = "after new-only save " + k;
      RoleSaves.Save save = saves.save("new-only");
      if (k == settings.saves()) {
        TokenFigures.Result held = tokens.measure(TeamRealm.AGENT);
        checks.claimShows(
            "refresh grants after the last new-only save",
            TeamRealm.AGENT,
            held.lastAccessToken(),
            1);
        report.tokensKeptBack(held);
      }
      checks.tokenShows(when, TeamRealm.AGENT, 1);
      checks.effectiveShows(when, TeamRealm.AGENT, agentId, 1);
      checks.keptUsers(when, save.version() - 1, save.keptOnBase(), save.holders() - kept);
      kept = save.holders();
      if (k > 1) {
        checks.effectiveShows(when, "late-" + (k - 1), lateIds.get(k - 2), save.version() - 1);
      }
      lateIds.add(team.join("late-" + k));
      checks.effectiveShows(
          "joined /team " + when, "late-" + k, lateIds.get(k - 1), save.version());
    }
    RoleSaves.Save apply = saves.save("apply");
    int current = apply.version();
    TokenFigures.Result released = tokens.measure(TeamRealm.AGENT);
    checks.claimShows(
        "refresh grants after apply", TeamRealm.AGENT, released.lastAccessToken(), current);
    checks.tokenShows("after apply", TeamRealm.AGENT, current);
    checks.effectiveShows("after apply", TeamRealm.AGENT, agentId, current);
    for (int i = 0; i < lateIds.size(); i++) {
      checks.effectiveShows("after apply", "late-" + (i + 1), lateIds.get(i), current);
    }
    for (int v = 1; v < current; v++) {
      checks.keptUsers("after apply", v, saves.keptUsers(v), 0);
    }
    report.saves(saves.saves());
    report.tokensReleased(released);
    report.checks(checks.passed());
    return report.text();
  }
}
