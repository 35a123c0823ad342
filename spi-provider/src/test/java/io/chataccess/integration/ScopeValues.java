package io.chataccess.integration;

import static io.chataccess.integration.HostileValues.map;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated assignment scopes: valid ones of every type, by id and by key, and hostile values of
 * the scope and its fields.
 */
final class ScopeValues {

  private ScopeValues() {}

  static Arbitrary<Map<String, Object>> valid(Fixtures f) {
    return Arbitraries.of(
        map("type", "all"),
        map("type", "node", "nodeId", f.locationId()),
        map("type", "node", "nodeKey", "fz-loc"),
        map("type", "nodes", "nodeIds", List.of(f.locationId(), f.putLocationId())),
        map("type", "nodes", "nodeKeys", List.of("fz-loc", f.inboxKey())),
        map("type", "inboxes", "inboxIds", List.of(f.inboxId())),
        map("type", "inboxes", "inboxKeys", List.of(f.inboxKey())));
  }

  static Map<String, Arbitrary<FieldValue>> fields(Fixtures f) {
    return Map.ofEntries(
        Map.entry(
            "scope",
            Arbitraries.of(
                FieldValue.valid(map("type", "all"), "all"),
                FieldValue.invalid(map("type", "node"), "node without nodeId"),
                FieldValue.invalid(map("type", "inboxes", "inboxIds", List.of()), "inboxes []"),
                FieldValue.valid(
                    map("type", "nodes", "nodeKeys", List.of("fz-loc")), "nodes by key"),
                FieldValue.invalid(map("type", "nodes"), "nodes without a list"),
                FieldValue.invalid(
                    map(
                        "type",
                        "nodes",
                        "nodeIds",
                        List.of(f.locationId()),
                        "nodeKeys",
                        List.of(f.inboxKey())),
                    "nodes whose ids and keys disagree"),
                FieldValue.invalid(map("type", "everything"), "type everything"),
                FieldValue.invalid(map("type", "all", "nodeId", f.locationId()), "all with nodeId"),
                FieldValue.invalid(List.of("all"), "list"))),
        Map.entry(
            "scope.type",
            Arbitraries.of(
                FieldValue.invalid("ALL", "ALL"),
                FieldValue.invalid(null, "null"),
                FieldValue.invalid(7, "number"))),
        Map.entry("scope.nodeId", HostileValues.ids(f.nodeIds())),
        Map.entry(
            "scope.nodeKeys",
            Arbitraries.of(
                FieldValue.invalid(Arrays.asList((Object) null), "[null]"),
                FieldValue.invalid(List.of("no-such-node"), "[unknown]"),
                FieldValue.invalid(List.of("fz-loc\u0000"), "[a NUL key]"),
                FieldValue.doubtful(List.of(), "[]"),
                FieldValue.invalid("x", "string"))),
        Map.entry(
            "scope.inboxIds",
            Arbitraries.of(
                FieldValue.invalid(Arrays.asList((Object) null), "[null]"),
                FieldValue.invalid(List.of("00000000-0000-0000-0000-000000000000"), "[unknown]"),
                FieldValue.invalid(List.of(f.locationId()), "[a location]"),
                FieldValue.doubtful(java.util.Collections.nCopies(2000, f.inboxId()), "2000 ids"),
                FieldValue.invalid("x", "string"))));
  }
}
