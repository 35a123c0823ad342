package io.chataccess.integration;

import static io.chataccess.integration.HostileValues.map;
import static io.chataccess.integration.RequestArbitraries.body;
import static io.chataccess.integration.RequestArbitraries.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated requests for chat roles (versions, save modes, If-Match) and assignments. */
final class RoleAndAssignmentOperations {

  private final Fixtures f;

  RoleAndAssignmentOperations(Fixtures fixtures) {
    this.f = fixtures;
  }

  List<Operation> operations() {
    return List.of(
        Operation.admin("GET /roles", 1, queries("GET", "/roles", Map.of())),
        Operation.admin("GET /roles/{id}", 1, PathIds.get("/roles/", List.of(f.roleId()))),
        Operation.admin(
            "GET /roles/{id}/versions",
            1,
            PathIds.get("/roles/", List.of(f.roleId()))
                .map(
                    r ->
                        RequestArbitraries.request(
                            "GET",
                            r.path() + "/versions",
                            null,
                            r.faults(),
                            r.invalid(),
                            r.shape()))),
        Operation.admin(
            "GET /roles/{id}/versions/{n}",
            1,
            PathIds.at("GET", "/roles/" + f.roleId() + "/versions/", List.of("1", "2"))),
        Operation.admin(
            "POST /roles",
            4,
            body("POST", "/roles", newRole(), roleFields(true), Set.of("key", "name", "grants"))),
        Operation.admin("PUT /roles/{id}", 4, putRole()),
        Operation.admin(
            "DELETE /roles/{id}", 1, PathIds.delete("/roles/", List.of(f.usedRoleId()))),
        Operation.admin(
            "GET /assignments",
            1,
            queries(
                "GET",
                "/assignments",
                Map.of(
                    "subjectType", subjectTypeFilter(),
                    "subjectId", PathIds.queryIds(f.userIds()),
                    "roleId", PathIds.queryIds(List.of(f.roleId())),
                    "nodeId", PathIds.queryIds(f.nodeIds()),
                    "source", PathIds.queryIds(List.of("manual", "document", "idp:corp")),
                    "first", QueryValues.paging(false),
                    "max", QueryValues.paging(true)))),
        Operation.admin(
            "GET /assignments/{id}", 1, PathIds.get("/assignments/", List.of(f.assignmentId()))),
        Operation.admin(
            "POST /assignments",
            5,
            body("POST", "/assignments", newAssignment(), assignmentFields(true), Set.of())),
        Operation.admin(
            "PUT /assignments/{id}",
            3,
            body(
                "PUT",
                "/assignments/" + f.assignmentId(),
                Arbitraries.just(map("roleId", f.roleId(), "scope", map("type", "all"))),
                assignmentFields(false),
                Set.of())),
        Operation.admin(
            "DELETE /assignments/{id}",
            1,
            PathIds.delete("/assignments/", List.<String>of(), false)));
  }

  private Arbitrary<Map<String, Object>> newRole() {
    return HostileValues.keyOfLength(12)
        .map(
            k ->
                map(
                    "key",
                    "r" + k,
                    "name",
                    "Role " + k,
                    "description",
                    "generated",
                    "requiresLicense",
                    true,
                    "grants",
                    map("chat.handle", "own")));
  }

  /** A new version of the fixture role, with a save mode and an If-Match header. */
  private Arbitrary<GeneratedRequest> putRole() {
    Arbitrary<FieldValue> mode =
        Arbitraries.of(
            FieldValue.valid("apply", "apply"),
            FieldValue.valid("new-only", "new-only"),
            FieldValue.valid("", "empty"),
            FieldValue.invalid("created", "created"),
            FieldValue.invalid("APPLY", "APPLY"),
            FieldValue.invalid("x".repeat(300), "text(300)"));
    Arbitrary<FieldValue> ifMatch =
        Arbitraries.of(
            FieldValue.valid("*", "*"),
            FieldValue.doubtful("\"1\"", "\"1\" (stale)"),
            FieldValue.doubtful("W/\"1\"", "weak \"1\""),
            FieldValue.invalid("\"999\"", "\"999\" (future: 409)"),
            FieldValue.invalid("\"abc\"", "\"abc\""),
            FieldValue.invalid("\"99999999999\"", "too large"));
    Arbitrary<GeneratedRequest> bodies =
        body(
            "PUT",
            "/roles/" + f.roleId(),
            Arbitraries.just(
                map("key", "fz-role", "name", "Fuzz role", "grants", map("chat.handle", "own"))),
            roleFields(false),
            Set.of("key", "name", "grants"));
    return Combinators.combine(bodies, mode.optional(0.6), ifMatch.optional(0.5))
        .as(
            (request, m, tag) -> {
              if (request.edge()) {
                return request; // edges go alone
              }
              GeneratedRequest result = request;
              if (m.isPresent()) {
                String path =
                    request.path() + "?mode=" + RequestArbitraries.encode((String) m.get().json());
                result =
                    new GeneratedRequest(
                        request.method(),
                        path,
                        request.headers(),
                        request.contentType(),
                        request.body(),
                        withFault(request, m.get(), "mode"),
                        request.invalid() || m.get().invalid(),
                        request.shape() + " mode=" + m.get().shape(),
                        request.edge());
              }
              if (tag.isPresent()) {
                result =
                    RequestArbitraries.withHeader(result, "If-Match", (String) tag.get().json());
                result =
                    new GeneratedRequest(
                        result.method(),
                        result.path(),
                        result.headers(),
                        result.contentType(),
                        result.body(),
                        withFault(result, tag.get(), "If-Match"),
                        result.invalid() || tag.get().invalid(),
                        result.shape() + " If-Match=" + tag.get().shape(),
                        result.edge());
              }
              return result;
            });
  }

  private static List<String> withFault(GeneratedRequest request, FieldValue value, String field) {
    // a body refused as a whole (not JSON, a duplicate key) hides every field, this one too
    boolean bodyRefusedWhole = request.invalid() && request.faults().isEmpty();
    if (!value.invalid() || bodyRefusedWhole) {
      return request.faults();
    }
    List<String> faults = new java.util.ArrayList<>(request.faults());
    faults.add(field);
    return faults;
  }

  private static Map<String, Arbitrary<FieldValue>> roleFields(boolean creating) {
    return Map.of(
        // a role's key cannot change: on a new version every other key is at fault, valid or not
        "key",
        creating
            ? HostileValues.keys()
            : HostileValues.keys()
                .map(
                    v ->
                        v.invalid()
                            ? v
                            : new FieldValue(
                                v.json(), v.shape() + " (cannot change)", true, true, v.edge())),
        "name",
        HostileValues.names(),
        "description",
        HostileValues.descriptions(),
        "requiresLicense",
        HostileValues.booleans(false),
        "grants",
        GrantValues.grants(true),
        "version",
        Arbitraries.of(new FieldValue(7, "read-only version", creating)));
  }

  private Arbitrary<Map<String, Object>> newAssignment() {
    Arbitrary<Map<String, Object>> subject =
        Arbitraries.of(
            map("type", "user", "id", f.aliceId()),
            map("type", "user", "id", f.bobId()),
            map("type", "group", "id", f.groupId()),
            map("type", "realm-role", "id", f.realmRoleId()),
            map("type", "client-role", "id", f.clientRoleId()));
    Arbitrary<Map<String, Object>> scope = ScopeValues.valid(f);
    Arbitrary<Map<String, Object>> what =
        Arbitraries.of(
            map("roleId", f.roleId()),
            map("roleId", f.roleId(), "pinnedVersion", 1),
            map("grants", map("canned.use", "all", "conversation.view", "own")));
    return Combinators.combine(subject, scope, what)
        .as(
            (s, sc, w) -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("subject", s);
              body.putAll(w);
              body.put("scope", sc);
              return body;
            });
  }

  private Map<String, Arbitrary<FieldValue>> assignmentFields(boolean creating) {
    Arbitrary<FieldValue> subjects =
        Arbitraries.of(
            new FieldValue(map("type", "user", "id", f.bobId()), "user bob", !creating),
            FieldValue.invalid(map("type", "robot", "id", f.aliceId()), "type robot"),
            FieldValue.invalid(map("type", "group", "id", f.aliceId()), "group with a user id"),
            FieldValue.invalid(map("type", "user"), "no id"),
            FieldValue.invalid(map("type", "user", "id", null), "id null"),
            FieldValue.invalid("user", "string"),
            FieldValue.invalid(map(), "{}"));
    Map<String, Arbitrary<FieldValue>> fields = new java.util.HashMap<>(ScopeValues.fields(f));
    fields.putAll(assignmentOwnFields(creating, subjects));
    return fields;
  }

  private Map<String, Arbitrary<FieldValue>> assignmentOwnFields(
      boolean creating, Arbitrary<FieldValue> subjects) {
    return Map.ofEntries(
        Map.entry("subject", subjects),
        Map.entry(
            "subject.id",
            HostileValues.ids(creating ? f.userIds() : List.of(f.aliceId()))
                .map(v -> creating ? v : new FieldValue(v.json(), v.shape(), true))),
        Map.entry(
            "subject.type",
            Arbitraries.of(
                new FieldValue("user", "user", !creating),
                FieldValue.invalid("USER", "USER"),
                FieldValue.invalid("", "empty"),
                FieldValue.invalid(5, "number"))),
        Map.entry("roleId", HostileValues.ids(List.of(f.roleId(), f.usedRoleId()))),
        Map.entry(
            "pinnedVersion",
            Arbitraries.of(
                FieldValue.doubtful(1, "1"),
                FieldValue.invalid(0, "0"),
                FieldValue.invalid(-1, "-1"),
                FieldValue.invalid(99_999, "99999"),
                FieldValue.invalid("1", "\"1\""),
                FieldValue.invalid(1.5, "1.5"))),
        Map.entry("grants", GrantValues.grants(false)),
        Map.entry(
            "source",
            Arbitraries.of(
                new FieldValue("manual", "manual", false),
                FieldValue.doubtful("idp:corp", "idp:corp"),
                FieldValue.invalid("idp:", "idp:"),
                FieldValue.invalid("idp:" + "a".repeat(101), "idp:(101)"),
                FieldValue.invalid("IDP:corp", "IDP:corp"),
                FieldValue.invalid("somewhere", "somewhere"))),
        Map.entry("createdAt", Arbitraries.of(FieldValue.doubtful(5L, "read-only createdAt"))),
        Map.entry(
            "roleKey",
            Arbitraries.of(FieldValue.doubtful("agent", "roleKey of a role that may not exist"))));
  }

  private static Arbitrary<FieldValue> subjectTypeFilter() {
    return Arbitraries.of(
        FieldValue.valid("user", "user"),
        FieldValue.valid("client-role", "client-role"),
        FieldValue.invalid("robot", "robot"),
        FieldValue.invalid("USER", "USER"));
  }
}
