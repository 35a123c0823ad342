package io.chataccess.integration;

import static io.chataccess.integration.HostileValues.map;
import static io.chataccess.integration.RequestArbitraries.body;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generated bodies of {@code /check} and {@code /check/batch}. */
final class CheckValues {

  private CheckValues() {}

  /** Valid checks, mostly of bob, who has conversation.view at department level. */
  static Arbitrary<Map<String, Object>> check(Fixtures f) {
    Arbitrary<Map<String, Object>> who =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(map("username", "bob"))),
            Tuple.of(1, Arbitraries.of(map("username", "alice"), map("userId", f.aliceId()))));
    Arbitrary<String> permission =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just("conversation.view")),
            Tuple.of(1, Arbitraries.of(GrantValues.SCOPED)));
    Arbitrary<String> inbox = Arbitraries.of(f.inboxKey(), f.inboxId());
    // mostly a conversation of someone else, so that the department level is evaluated
    Arbitrary<String> owner =
        Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("someone-else")),
                Tuple.of(1, Arbitraries.of(f.aliceId(), f.bobId())))
            .injectNull(0.15);
    return Combinators.combine(who, permission, inbox, owner)
        .as(
            (w, p, i, o) -> {
              Map<String, Object> check = JsonPaths.copy(w);
              check.put("permission", p);
              check.put("inbox", i);
              if (o != null) {
                check.put("conversationOwner", o);
                check.put("ownerDepartments", new ArrayList<>(List.of("emea")));
              }
              return check;
            });
  }

  static Map<String, Arbitrary<FieldValue>> fields(Fixtures f) {
    return Map.of(
        "userId", HostileValues.ids(f.userIds()),
        "username",
            Arbitraries.of(
                FieldValue.valid("carol", "carol"),
                FieldValue.invalid("nobody-here", "unknown"),
                FieldValue.invalid("", "empty"),
                FieldValue.invalid("x".repeat(1025), "text(1025)"),
                FieldValue.invalid(5, "number")),
        "permission",
            Arbitraries.of(
                FieldValue.valid("transcript.view", "transcript.view"),
                FieldValue.invalid("no.such", "unknown"),
                FieldValue.invalid("p".repeat(129), "text(129)"),
                FieldValue.invalid(null, "null"),
                FieldValue.invalid(List.of(), "[]")),
        "inbox",
            Arbitraries.of(
                FieldValue.invalid("nope", "unknown"),
                FieldValue.invalid(f.locationId(), "a location"),
                FieldValue.invalid(null, "null"),
                FieldValue.invalid(7, "number")),
        "conversationOwner",
            Arbitraries.of(
                FieldValue.doubtful("x".repeat(5000), "text(5000)"),
                FieldValue.doubtful("lone\uD83D", "lone surrogate"),
                FieldValue.invalid(5, "number"),
                FieldValue.invalid(Map.of(), "{}")),
        "ownerDepartments", ownerDepartments());
  }

  static Arbitrary<FieldValue> ownerDepartments() {
    Arbitrary<FieldValue> nulls =
        Arbitraries.of(
            FieldValue.doubtful(Arrays.asList((Object) null), "[null]").asEdge(),
            FieldValue.doubtful(Arrays.asList("emea", null), "[emea, null]").asEdge());
    return Arbitraries.oneOf(nulls, others());
  }

  private static Arbitrary<FieldValue> others() {
    return Arbitraries.of(
        FieldValue.valid(List.of(), "[]"),
        FieldValue.valid(List.of("support/emea"), "[support/emea]"),
        FieldValue.valid(Collections.nCopies(100, "emea"), "100 departments"),
        FieldValue.doubtful(List.of("d".repeat(5000)), "[text(5000)]"),
        FieldValue.invalid(Collections.nCopies(101, "emea"), "101 departments"),
        FieldValue.invalid("emea", "string"),
        FieldValue.invalid(List.of(5), "[5]"),
        FieldValue.invalid(Map.of(), "{}"));
  }

  /** Batches: 2 to 4 checks, one of them changed; or 0, 100 (valid) or 101 (too many). */
  static Arbitrary<GeneratedRequest> batch(Fixtures f) {
    Arbitrary<Map<String, Object>> base =
        Arbitraries.integers()
            .between(2, 4)
            .flatMap(n -> check(f).list().ofSize(n))
            .map(checks -> map("checks", new ArrayList<Object>(checks)));
    Map<String, Arbitrary<FieldValue>> fields = new java.util.HashMap<>();
    fields(f).forEach((name, values) -> fields.put("checks[0]." + name, values));
    fields.put(
        "checks[1]",
        Arbitraries.of(
            FieldValue.invalid(null, "null entry"),
            FieldValue.invalid("check", "string entry"),
            FieldValue.invalid(List.of(), "list entry")));
    fields.put(
        "checks",
        Arbitraries.of(
            FieldValue.invalid(null, "null"),
            FieldValue.invalid("x", "string"),
            FieldValue.invalid(map(), "{}")));
    Arbitrary<GeneratedRequest> sized =
        Combinators.combine(Arbitraries.of(0, 100, 101), check(f))
            .as(
                (n, c) ->
                    RequestArbitraries.request(
                        "POST",
                        "/check/batch",
                        RequestArbitraries.json(map("checks", Collections.nCopies(n, c))),
                        n > 100 ? List.of("checks") : List.of(),
                        n > 100,
                        n + " checks"));
    return Arbitraries.frequencyOf(
        Tuple.of(5, body("POST", "/check/batch", base, fields, Set.of("checks"))),
        Tuple.of(1, sized));
  }
}
