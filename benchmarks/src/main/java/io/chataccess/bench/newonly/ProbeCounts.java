package io.chataccess.bench.newonly;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi;

/**
 * The counters of the test-only {@code keycloak-probe} at one moment: SQL statements Hibernate
 * prepared, reads of chat-access data (queries on our entities, loads and fetches of them and their
 * collections) and chat-access entities inserted, updated or deleted. Hibernate statistics switch
 * on at the probe's first call; bulk {@code delete ... where} statements are not counted as writes.
 */
record ProbeCounts(long prepared, long chat, long chatWrites) {

  static final String PATH = "/realms/master/chat-access-probe/statements";

  static ProbeCounts read(KeycloakApi api) {
    JsonNode counts = api.getPublic(PATH).expect(200, "probe").json();
    return new ProbeCounts(
        counts.get("prepared").asLong(),
        counts.get("chat").asLong(),
        counts.get("chatWrites").asLong());
  }

  /** What happened between {@code before} and this reading. */
  ProbeCounts since(ProbeCounts before) {
    return new ProbeCounts(
        prepared - before.prepared, chat - before.chat, chatWrites - before.chatWrites);
  }

  /**
   * Statements the probe call itself adds between two readings: the smallest of a few differences
   * of back-to-back readings.
   */
  static long ownCost(KeycloakApi api) {
    long least = Long.MAX_VALUE;
    ProbeCounts last = read(api);
    for (int i = 0; i < 3; i++) {
      ProbeCounts next = read(api);
      least = Math.min(least, next.since(last).prepared);
      last = next;
    }
    return least;
  }
}
