package io.chataccess.bench.load;

import io.chataccess.bench.load.KeycloakApi.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The token requests of the benchmark: password grants that open sessions, refresh grants. */
final class TokenGrants {

  private final LoadRun run;

  TokenGrants(LoadRun run) {
    this.run = run;
  }

  /** One session per user at {@code clientId}: their refresh tokens, by the users' order. */
  AtomicReferenceArray<String> sessions(String clientId, List<String> usernames) {
    AtomicReferenceArray<String> tokens = new AtomicReferenceArray<>(usernames.size());
    Parallel.forEach(
        run.settings().workers(),
        usernames.size(),
        i -> {
          Response response = passwordGrant(clientId, usernames.get(i));
          response.expect(200, "password grant of " + usernames.get(i) + " at " + clientId);
          tokens.set(i, response.json().get("refresh_token").asText());
        });
    return tokens;
  }

  Response passwordGrant(String clientId, String username) {
    return run.api()
        .token(
            LoadBenchmark.REALM,
            Map.of(
                "grant_type",
                "password",
                "client_id",
                clientId,
                "username",
                username,
                "password",
                run.settings().password()));
  }

  /** The access token a password grant of {@code username} at {@code clientId} issues. */
  String accessToken(String clientId, String username) {
    return passwordGrant(clientId, username)
        .expect(200, "token of " + username + " at " + clientId)
        .json()
        .get("access_token")
        .asText();
  }

  /** One refresh grant on a slot of sessions: null when fine, else the problem. */
  String refresh(String clientId, AtomicReferenceArray<String> tokens, int slot) {
    Response response =
        run.api()
            .token(
                LoadBenchmark.REALM,
                Map.of(
                    "grant_type",
                    "refresh_token",
                    "client_id",
                    clientId,
                    "refresh_token",
                    tokens.get(slot)));
    if (response.status() != 200) {
      return "HTTP " + response.status() + " " + response.abbreviated();
    }
    String access = field(response.body(), "access_token");
    if (access == null || access.isEmpty()) {
      return "200 without an access token";
    }
    String refreshed = field(response.body(), "refresh_token");
    if (refreshed != null) {
      tokens.set(slot, refreshed);
    }
    return null;
  }

  /** A string field of a flat JSON answer, without parsing it (the driver shares the CPUs). */
  static String field(String json, String name) {
    String marker = "\"" + name + "\":\"";
    int start = json.indexOf(marker);
    if (start < 0) {
      return null;
    }
    start += marker.length();
    int end = json.indexOf('"', start);
    return end < 0 ? null : json.substring(start, end);
  }
}
