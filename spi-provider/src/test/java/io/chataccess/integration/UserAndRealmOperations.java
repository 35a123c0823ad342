package io.chataccess.integration;

import static io.chataccess.integration.HostileValues.map;
import static io.chataccess.integration.RequestArbitraries.body;
import static io.chataccess.integration.RequestArbitraries.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

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
            6,
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
            5,
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
                    QueryValues.flag().map(v -> FieldValue.doubtful(v.json(), v.shape())))),
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
        request.shape(),
        request.edge());
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
}
