package io.chataccess.integration;

import static io.chataccess.integration.RequestArbitraries.encode;
import static io.chataccess.integration.RequestArbitraries.request;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generated path segments (ids, keys) and filters: existing ones and ones that name nothing. */
final class PathIds {

  static final String VICTIM = "{victim}";

  private PathIds() {}

  /** Segments naming nothing; an empty one is left out, it names the collection. */
  private static Arbitrary<String> unknown() {
    return Arbitraries.of(
        "00000000-0000-0000-0000-000000000000",
        "x".repeat(300),
        "ключ",
        "UPPER",
        "with space",
        "lone\uD83D",
        "42",
        "-1");
  }

  /** {@code method prefix<segment>}: existing segments may answer 2xx, others must be a 4xx. */
  static Arbitrary<GeneratedRequest> at(String method, String prefix, List<String> existing) {
    return Arbitraries.oneOf(
        Arbitraries.of(existing)
            .map(id -> request(method, prefix + encode(id), null, List.of(), false, "existing")),
        unknown()
            .map(
                id ->
                    request(
                        method,
                        prefix + encode(id),
                        null,
                        List.of(),
                        true,
                        "unknown " + GeneratedRequest.cut(id, 12))));
  }

  static Arbitrary<GeneratedRequest> get(String prefix, List<String> existing) {
    return at("GET", prefix, existing);
  }

  /**
   * Deletes with {@code cascade}: of a fresh victim (made by the operation), of fixtures that are
   * in use (without cascade: must be 409), and of ids that name nothing (404, whatever cascade).
   */
  static Arbitrary<GeneratedRequest> delete(String prefix, List<String> inUse) {
    return delete(prefix, inUse, true);
  }

  /** As {@link #delete(String, List)}; without {@code cascades} the parameter is never sent. */
  static Arbitrary<GeneratedRequest> delete(String prefix, List<String> inUse, boolean cascades) {
    Arbitrary<FieldValue> cascade =
        cascades
            ? QueryValues.flag().optional(0.7).map(o -> o.orElse(null))
            : Arbitraries.just((FieldValue) null);
    Arbitrary<GeneratedRequest> victim =
        cascade.map(
            c ->
                c == null
                    ? request("DELETE", prefix + VICTIM, null, List.of(), false, "victim")
                    : request(
                        "DELETE",
                        prefix + VICTIM + "?cascade=" + encode((String) c.json()),
                        null,
                        c.invalid() ? List.of("cascade") : List.of(),
                        c.invalid(),
                        "victim cascade=" + c.shape()));
    Arbitrary<GeneratedRequest> used =
        Combinators.combine(
                Arbitraries.of(inUse),
                Arbitraries.of(cascades ? List.of("", "?cascade=false") : List.of("")))
            .as((id, q) -> request("DELETE", prefix + id + q, null, List.of(), true, "in use" + q));
    Arbitrary<GeneratedRequest> nothing =
        Combinators.combine(
                unknown(),
                Arbitraries.of(
                    cascades ? List.of("", "?cascade=true", "?cascade=false") : List.of("")))
            .as(
                (id, q) ->
                    request(
                        "DELETE", prefix + encode(id) + q, null, List.of(), true, "unknown" + q));
    return inUse.isEmpty()
        ? Arbitraries.frequencyOf(Tuple.of(3, victim), Tuple.of(2, nothing))
        : Arbitraries.frequencyOf(Tuple.of(3, victim), Tuple.of(1, used), Tuple.of(2, nothing));
  }

  /** Filter values of a query: whatever they are, a list answers (possibly empty). */
  static Arbitrary<FieldValue> queryIds(List<String> existing) {
    return Arbitraries.oneOf(
        Arbitraries.of(existing).map(id -> FieldValue.valid(id, "existing")),
        unknown().map(id -> FieldValue.doubtful(id, "unknown")));
  }
}
