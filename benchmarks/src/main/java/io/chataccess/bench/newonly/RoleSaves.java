package io.chataccess.bench.newonly;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Saves of the role {@code team-agent} through {@code PUT /roles/{id}?mode=...}, each timed with
 * {@link System#nanoTime()} around the HTTP request alone (the admin token is taken before) and
 * counted with the probe; after it, how many users the save kept on the version before.
 */
final class RoleSaves {

  /** One save: its mode, the version it made, its wall time and what the probe counted. */
  record Save(
      String mode,
      int version,
      Map<String, String> grants,
      long nanos,
      ProbeCounts counts,
      long keptOnBase,
      long holders) {}

  private final KeycloakApi api;
  private final ChatSetup chat;
  private final TeamRealm team;
  private final List<Save> saves = new ArrayList<>();
  private int version = 1;

  RoleSaves(KeycloakApi api, ChatSetup chat, TeamRealm team) {
    this.api = api;
    this.chat = chat;
    this.team = team;
  }

  /** Saves the next version with {@code mode}; fails unless the server answers it. */
  Save save(String mode) {
    int next = version + 1;
    Map<String, String> grants = RoleGrants.of(next);
    String body =
        KeycloakApi.json(
            Map.of(
                "key",
                ChatSetup.ROLE,
                "name",
                "Team agent",
                "grants",
                grants,
                "requiresLicense",
                false));
    long holders = team.members();
    Progress.log("save " + (saves.size() + 1) + ": mode=" + mode + ", version " + next);
    api.adminToken();
    ProbeCounts before = ProbeCounts.read(api);
    long start = System.nanoTime();
    KeycloakApi.Response response =
        api.put(chat.base() + "/roles/" + chat.roleId() + "?mode=" + mode, body);
    long nanos = System.nanoTime() - start;
    ProbeCounts counts = ProbeCounts.read(api).since(before);
    response.expect(200, "save " + mode);
    int saved = response.json().path("version").asInt();
    if (saved != next) {
      throw new IllegalStateException("the save made version " + saved + ", expected " + next);
    }
    long kept = keptUsers(version);
    Save save = new Save(mode, next, grants, nanos, counts, kept, holders);
    Progress.log(
        "  "
            + Progress.millis(nanos)
            + " ms, chat writes "
            + counts.chatWrites()
            + ", statements "
            + counts.prepared()
            + ", kept on v"
            + version
            + ": "
            + kept);
    saves.add(save);
    version = next;
    return save;
  }

  /** {@code keptUsers} of a version of the role. */
  long keptUsers(int of) {
    JsonNode answer =
        api.get(chat.base() + "/roles/" + chat.roleId() + "/versions/" + of)
            .expect(200, "version " + of)
            .json();
    return answer.path("keptUsers").asLong();
  }

  int version() {
    return version;
  }

  List<Save> saves() {
    return saves;
  }
}
