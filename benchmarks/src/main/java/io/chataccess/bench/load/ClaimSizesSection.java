package io.chataccess.bench.load;

import static io.chataccess.bench.load.LoadBenchmark.CHAT_CHANNEL_CLIENT;
import static io.chataccess.bench.load.LoadBenchmark.CHAT_NODE_CLIENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Claim size section: the {@code chat} claim and whole access token of the typical, supervisor
 * and heaviest users per mapper filter and per variant, and the claim size targets.
 */
final class ClaimSizesSection {

  private final LoadRun run;
  private final TokenGrants grants;

  ClaimSizesSection(LoadRun run, TokenGrants grants) {
    this.run = run;
    this.grants = grants;
  }

  void write() {
    Progress.log("claim sizes");
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("none (defaults)", Variant.CHAT.clientId);
    filters.put("channel " + run.settings().channelFilter(), CHAT_CHANNEL_CLIENT);
    filters.put("node " + run.settings().nodeFilter(), CHAT_NODE_CLIENT);
    List<List<String>> claimRows = new ArrayList<>();
    List<List<String>> tokenRows = new ArrayList<>();
    int largest = 0;
    for (String role : List.of("typical", "supervisor", "heaviest")) {
      String username = run.user(role);
      for (Map.Entry<String, String> filter : filters.entrySet()) {
        String jwt = grants.accessToken(filter.getValue(), username);
        JsonNode payload = Jwt.payload(jwt);
        JsonNode chat = payload.path("chat");
        int claimBytes = Jwt.claimBytes(payload, "chat");
        largest = Math.max(largest, claimBytes);
        claimRows.add(
            List.of(
                role + " `" + username + "`",
                filter.getKey(),
                "" + claimBytes,
                "" + chat.path("inboxes").size(),
                chat.path("complete").asText(),
                "" + jwt.length()));
        if (role.equals("typical") && filter.getValue().equals(Variant.CHAT.clientId)) {
          run.targets()
              .put(
                  "Claim of a typical agent under 600 bytes",
                  (claimBytes < 600 ? "met" : "**missed**") + ": " + claimBytes + " bytes");
        }
      }
      String plain = grants.accessToken(Variant.PLAIN.clientId, username);
      String chat = grants.accessToken(Variant.CHAT.clientId, username);
      String groups = grants.accessToken(Variant.GROUPS.clientId, username);
      tokenRows.add(
          List.of(
              role + " `" + username + "`",
              "" + plain.length(),
              "" + chat.length(),
              "" + groups.length(),
              "" + Jwt.claimBytes(Jwt.payload(groups), "groups")));
    }
    run.targets()
        .put(
            "Claim under 8 KB for anyone",
            (largest < 8192 ? "met" : "**missed**") + ": largest " + largest + " bytes");
    Markdown report = run.report();
    report.heading(2, "Claim size");
    report.paragraph(
        "Bytes of the `chat` claim as compact JSON (UTF-8, before base64) and of the whole access"
            + " token (the JWT string, RS256), from tokens the server issued. Inbox limit 200 (the"
            + " default) for every client.");
    report.table(
        List.of(
            "user",
            "filter",
            "chat claim bytes",
            "inboxes listed",
            "complete",
            "access token bytes"),
        claimRows);
    report.paragraph("The whole access token per variant, same users:");
    report.table(
        List.of("user", "(a) plain", "(b) chat", "(c) groups", "groups claim bytes"), tokenRows);
  }
}
