package io.chataccess.bench.newonly;

import io.chataccess.bench.load.KeycloakApi;
import java.util.Arrays;
import java.util.Map;

/**
 * Token issuance for one member of the team while the role is in its "new only" state: one password
 * grant (the first token after the saves, which loads the realm's chat snapshot), a few warm
 * refresh grants, then measured refresh grants, each between two probe readings and timed around
 * the grant request alone.
 */
final class TokenFigures {

  private static final int WARM_REFRESHES = 5;

  /** What was measured; latencies in nanoseconds, sorted. */
  record Result(
      long passwordNanos,
      ProbeCounts password,
      int warm,
      long probeCost,
      long[] refreshNanos,
      long chatReads,
      long chatReadsMax,
      long preparedTotal,
      long preparedMin,
      long preparedMax,
      int grantsWithStatements,
      String lastAccessToken) {

    int refreshes() {
      return refreshNanos.length;
    }

    double preparedPerGrant() {
      return (double) preparedTotal / refreshNanos.length;
    }

    /** Nearest rank: the smallest value with p % of the values at or below it. */
    long percentile(double p) {
      int rank = (int) Math.ceil(p / 100.0 * refreshNanos.length);
      return refreshNanos[Math.max(0, Math.min(refreshNanos.length, rank) - 1)];
    }
  }

  private final KeycloakApi api;
  private final NewOnlySettings settings;

  TokenFigures(KeycloakApi api, NewOnlySettings settings) {
    this.api = api;
    this.settings = settings;
  }

  Result measure(String username) {
    Progress.log("token issuance for " + username);
    ProbeCounts before = ProbeCounts.read(api);
    long start = System.nanoTime();
    KeycloakApi.Response first =
        api.token(
            settings.realm(),
            Map.of(
                "grant_type",
                "password",
                "client_id",
                TeamRealm.CLIENT,
                "username",
                username,
                "password",
                settings.password()));
    long passwordNanos = System.nanoTime() - start;
    ProbeCounts password = ProbeCounts.read(api).since(before);
    String refreshToken = first.expect(200, "password grant").json().get("refresh_token").asText();
    String access = null;
    for (int i = 0; i < WARM_REFRESHES; i++) {
      KeycloakApi.Response response = refresh(refreshToken);
      refreshToken = response.json().path("refresh_token").asText(refreshToken);
    }
    long probeCost = ProbeCounts.ownCost(api);
    int n = settings.refreshes();
    long[] nanos = new long[n];
    long chat = 0;
    long chatMax = 0;
    long prepared = 0;
    long preparedMin = Long.MAX_VALUE;
    long preparedMax = 0;
    int withStatements = 0;
    for (int i = 0; i < n; i++) {
      ProbeCounts ahead = ProbeCounts.read(api);
      long t0 = System.nanoTime();
      KeycloakApi.Response response = refresh(refreshToken);
      nanos[i] = System.nanoTime() - t0;
      ProbeCounts counted = ProbeCounts.read(api).since(ahead);
      refreshToken = response.json().path("refresh_token").asText(refreshToken);
      access = response.json().path("access_token").asText();
      long statements = counted.prepared() - probeCost;
      chat += counted.chat();
      chatMax = Math.max(chatMax, counted.chat());
      prepared += statements;
      preparedMin = Math.min(preparedMin, statements);
      preparedMax = Math.max(preparedMax, statements);
      withStatements += statements > 0 ? 1 : 0;
    }
    Arrays.sort(nanos);
    Result result =
        new Result(
            passwordNanos,
            password,
            WARM_REFRESHES,
            probeCost,
            nanos,
            chat,
            chatMax,
            prepared,
            preparedMin,
            preparedMax,
            withStatements,
            access);
    Progress.log(
        "  password grant "
            + Progress.millis(passwordNanos)
            + " ms ("
            + password.chat()
            + " chat reads); "
            + n
            + " refresh grants: "
            + chat
            + " chat reads, "
            + result.preparedPerGrant()
            + " statements per grant, median "
            + Progress.millis(result.percentile(50))
            + " ms");
    return result;
  }

  private KeycloakApi.Response refresh(String refreshToken) {
    return api.token(
            settings.realm(),
            Map.of(
                "grant_type",
                "refresh_token",
                "client_id",
                TeamRealm.CLIENT,
                "refresh_token",
                refreshToken))
        .expect(200, "refresh grant");
  }
}
