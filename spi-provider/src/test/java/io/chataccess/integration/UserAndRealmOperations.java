package io.chataccess.integration;

import static io.chataccess.integration.HostileValues.map;
import static io.chataccess.integration.RequestArbitraries.body;
import static io.chataccess.integration.RequestArbitraries.queries;

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

/**
 * Generated requests for users (effective permissions, explanation, suspension), settings, the
 * permission catalog, and the public API ({@code /me}, {@code /check}, {@code /check/batch}).
 */
final class UserAndRealmOperations {

  private final Fixtures f;

  UserAndRealmOperations(Fixtures fixtures) {
    this.f = fixtures;
  }

  List<Operation> operations() {
    String alice = "/users/" + f.aliceId();
    return List.of(
        Operation.admin(
            "GET /users/{id}/effective",
            1,
            PathIds.get("/users/", f.userIds())
                .map(
                    r ->
                        RequestArbitraries.request(
                            "GET",
                            r.path() + "/effective",
                            null,
                            r.faults(),
                            r.invalid(),
                            r.shape()))),
        Operation.admin(
            "GET /users/{id}/explain",
            2,
            queries(
                    "GET",
                    alice + "/explain",
                    Map.of("permission", permissionParam(), "inbox", inboxParam()))
                .map(this::explainNeedsBoth)),
        Operation.admin(
            "GET /users/{id}/suspension",
            1,
            PathIds.get("/users/", f.userIds())
                .map(
                    r ->
                        RequestArbitraries.request(
                            "GET",
                            r.path() + "/suspension",
                            null,
                            r.faults(),
                            r.invalid(),
                            r.shape()))),
        Operation.admin(
            "PUT /users/{id}/suspension",
            4,
            body(
                "PUT",
                alice + "/suspension",
                Arbitraries.of(true, false).map(s -> map("suspended", s, "reason", "off-boarding")),
                Map.of(
                    "suspended", HostileValues.booleans(true),
                    "reason", HostileValues.texts(2048, false),
                    "changedAt", Arbitraries.of(FieldValue.invalid(5L, "read-only changedAt"))),
                Set.of("suspended"))),
        Operation.admin("GET /settings", 1, queries("GET", "/settings", Map.of())),
        Operation.admin(
            "PUT /settings",
            3,
            body(
                "PUT",
                "/settings",
                Arbitraries.just(map("licensesRequired", true)),
                Map.of(
                    "licensesRequired", HostileValues.booleans(true),
                    "departmentRootGroup", departmentRoots(),
                    "revision", Arbitraries.of(FieldValue.doubtful(1, "read-only revision"))),
                Set.of("licensesRequired"))),
        Operation.admin("GET /permissions", 1, queries("GET", "/permissions", Map.of())),
        Operation.admin(
            "GET /permissions/{key}",
            1,
            PathIds.get("/permissions/", List.of("chat.handle", f.usedPermission()))),
        Operation.admin(
            "POST /permissions",
            4,
            body(
                "POST",
                "/permissions",
                HostileValues.keyOfLength(10)
                    .map(
                        k ->
                            map(
                                "key",
                                "gen.p" + k.replaceAll("[^a-z0-9]", "x"),
                                "kind",
                                "scoped",
                                "description",
                                "generated")),
                Map.of(
                    "key", HostileValues.permissionKeys(),
                    "kind",
                        Arbitraries.of(
                            FieldValue.valid("boolean", "boolean"),
                            FieldValue.invalid("flag", "flag"),
                            FieldValue.invalid("SCOPED", "SCOPED"),
                            FieldValue.invalid(null, "null"),
                            FieldValue.invalid(1, "number")),
                    "description", HostileValues.descriptions(),
                    "builtIn",
                        Arbitraries.of(
                            FieldValue.valid(false, "false"), FieldValue.invalid(true, "true"))),
                Set.of("key", "kind"))),
        Operation.admin(
            "DELETE /permissions/{key}",
            1,
            Arbitraries.oneOf(
                PathIds.delete("/permissions/", List.of(f.usedPermission()), false),
                Arbitraries.of(GrantValues.BOOLEAN)
                    .map(
                        p ->
                            RequestArbitraries.request(
                                "DELETE",
                                "/permissions/" + p,
                                null,
                                List.of("key"),
                                true,
                                "built-in")))),
        new Operation(
            "GET /me",
            Operation.Api.PUBLIC_USER,
            1,
            queries(
                "GET",
                "/me",
                Map.of(
                    "explain",
                    RequestArbitraries.flag().map(v -> FieldValue.doubtful(v.json(), v.shape())))),
            null),
        new Operation(
            "POST /check",
            Operation.Api.PUBLIC_CHECK,
            4,
            body("POST", "/check", CheckValues.check(f), CheckValues.fields(f), Set.of()),
            null),
        new Operation(
            "POST /check/batch", Operation.Api.PUBLIC_CHECK, 4, CheckValues.batch(f), null));
  }

  /** Without one of its two parameters, an explanation is a 400 naming it. */
  private GeneratedRequest explainNeedsBoth(GeneratedRequest request) {
    List<String> faults = new ArrayList<>(request.faults());
    for (String param : List.of("permission", "inbox")) {
      if (!request.path().contains(param + "=")) {
        faults.add(param);
      }
    }
    return new GeneratedRequest(
        request.method(),
        request.path(),
        request.headers(),
        request.contentType(),
        request.body(),
        faults,
        !faults.isEmpty(),
        request.shape());
  }

  private Arbitrary<FieldValue> permissionParam() {
    return Arbitraries.oneOf(
        Arbitraries.of(GrantValues.SCOPED).map(p -> FieldValue.valid(p, "permission")),
        Arbitraries.of(
            FieldValue.invalid("no.such", "unknown"),
            FieldValue.invalid("CHAT.HANDLE", "upper-case"),
            FieldValue.invalid("", "empty"),
            FieldValue.invalid("p".repeat(300), "text(300)")));
  }

  private Arbitrary<FieldValue> inboxParam() {
    return Arbitraries.of(
        FieldValue.valid(f.inboxKey(), "inbox key"),
        FieldValue.valid(f.inboxId(), "inbox id"),
        FieldValue.invalid(f.locationId(), "a location"),
        FieldValue.invalid("nope", "unknown"),
        FieldValue.invalid("", "empty"),
        FieldValue.invalid("k".repeat(300), "text(300)"));
  }

  private static Arbitrary<FieldValue> departmentRoots() {
    return Arbitraries.of(
        FieldValue.valid(null, "null"),
        FieldValue.valid("/support", "/support"),
        FieldValue.valid("/support/emea", "/support/emea"),
        FieldValue.invalid("/nope", "unknown group"),
        FieldValue.invalid("support", "no leading /"),
        FieldValue.invalid("/" + "g".repeat(1024), "path(1025)"),
        FieldValue.invalid("/sup\u0000port", "nul"),
        FieldValue.invalid("/lone\uD83D", "lone surrogate"),
        FieldValue.invalid(5, "number"),
        FieldValue.invalid(List.of("/support"), "list"));
  }

  /** Generated bodies of {@code /check} and {@code /check/batch}. */
  static final class CheckValues {

    private CheckValues() {}

    /** Valid checks, mostly of bob, who has conversation.view at department level. */
    static Arbitrary<Map<String, Object>> check(Fixtures f) {
      Arbitrary<Map<String, Object>> who =
          Arbitraries.frequencyOf(
              Tuple.of(3, Arbitraries.just(map("username", "bob"))),
              Tuple.of(1, Arbitraries.of(map("username", "alice"), map("userId", f.aliceId()))));
      Arbitrary<String> permission =
          Arbitraries.frequencyOf(
              Tuple.of(3, Arbitraries.just("conversation.view")),
              Tuple.of(1, Arbitraries.of(GrantValues.SCOPED)));
      Arbitrary<String> inbox = Arbitraries.of(f.inboxKey(), f.inboxId());
      Arbitrary<String> owner =
          Arbitraries.of("someone-else", f.aliceId(), f.bobId()).injectNull(0.2);
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
      return Arbitraries.of(
          FieldValue.valid(List.of(), "[]"),
          FieldValue.valid(List.of("support/emea"), "[support/emea]"),
          FieldValue.valid(Collections.nCopies(100, "emea"), "100 departments"),
          FieldValue.doubtful(Arrays.asList((Object) null), "[null]"),
          FieldValue.doubtful(Arrays.asList("emea", null), "[emea, null]"),
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
}
