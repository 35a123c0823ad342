package io.chataccess.api;

import io.chataccess.cache.RevisionSignal;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.store.ChangeEntry;
import io.chataccess.store.ChatAccessStore;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * {@code GET /realms/{realm}/chat-access/changes} (docs/changes.md): the change log after a
 * revision, oldest first, with the cursor to go on from; {@code 410} when retention dropped entries
 * the reader has not seen; with {@code wait}, a long poll that answers as soon as a write commits
 * on any node. At most {@value #WAITERS} requests wait at once on a node; more answer at once, so
 * long polls cannot take every request thread.
 */
final class ChangeFeed {

  static final int DEFAULT_MAX = 100;
  static final int MAX = 1_000;
  static final int MAX_WAIT_SECONDS = 30;
  static final int WAITERS = 64;
  private static final Semaphore WAITING = new Semaphore(WAITERS);

  private final KeycloakSession session;
  private final RealmModel realm;
  private final ChatAccessStore store;

  ChangeFeed(KeycloakSession session, RealmModel realm) {
    this.session = session;
    this.realm = realm;
    this.store = session.getProvider(ChatAccessStore.class);
  }

  Response read(String sinceText, String maxText, String waitText) {
    long current = store.settings().get(realm.getId()).revision();
    long since =
        sinceText == null || sinceText.isEmpty()
            ? current
            : number(sinceText, "since", 0, Long.MAX_VALUE);
    int max = (int) (maxText == null ? DEFAULT_MAX : number(maxText, "max", 1, MAX));
    int wait = (int) (waitText == null ? 0 : number(waitText, "wait", 0, MAX_WAIT_SECONDS));
    if (since > current) {
      throw ProblemException.invalid(
          "since", "ahead of the realm's revision " + current + "; resume from a cursor it gave");
    }
    OptionalLong oldest = store.changes().oldest(realm.getId());
    long firstKept = oldest.orElse(current + 1);
    if (since + 1 < firstKept && since < current) {
      return gone(since, firstKept - 1);
    }
    List<ChangeEntry> entries = store.changes().after(realm.getId(), since, max);
    if (entries.isEmpty() && wait > 0) {
      entries = afterWaiting(since, max, wait);
    }
    long next = entries.isEmpty() ? since : entries.get(entries.size() - 1).revision();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("changes", entries.stream().map(ChangeFeed::json).toList());
    answer.put("next", next);
    answer.put("revision", Math.max(current, next));
    return JsonResponses.ok(answer);
  }

  private List<ChangeEntry> afterWaiting(long since, int max, int waitSeconds) {
    if (!WAITING.tryAcquire()) {
      return List.of();
    }
    try {
      RevisionSignal.awaitAbove(realm.getId(), since, waitSeconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      WAITING.release();
    }
    return store.changes().after(realm.getId(), since, max);
  }

  private static Map<String, Object> json(ChangeEntry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("revision", entry.revision());
    json.put("time", Instant.ofEpochMilli(entry.time()).toString());
    json.put("kinds", entry.kinds());
    json.put("allUsers", entry.allUsers());
    json.put("users", entry.users());
    json.put("nodes", entry.nodes());
    return json;
  }

  private static Response gone(long since, long resumeFrom) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:chat-access:problem:gone");
    problem.put("title", "Gone");
    problem.put("status", 410);
    problem.put(
        "detail",
        "Changes after revision "
            + since
            + " are no longer kept. Re-read everything you follow, then resume with since="
            + resumeFrom
            + ".");
    problem.put("oldestRevision", resumeFrom);
    problem.put(
        "errors",
        List.of(Map.of("field", "since", "message", "no longer kept; resume from " + resumeFrom)));
    return Response.status(410)
        .type(JsonResponses.PROBLEM_JSON)
        .entity(JsonResponses.write(problem))
        .build();
  }

  private static long number(String text, String field, long min, long max) {
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(field, "a whole number from " + min + " to " + max);
    }
    if (value < min || value > max) {
      throw ProblemException.invalid(field, "a whole number from " + min + " to " + max);
    }
    return value;
  }
}
