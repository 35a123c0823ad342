package io.chataccess.integration;

import static io.chataccess.integration.HostileValues.map;
import static io.chataccess.integration.RequestArbitraries.body;
import static io.chataccess.integration.RequestArbitraries.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generated requests for the inbox tree, license types and license holders. */
final class TreeAndLicenseOperations {

  private final Fixtures f;

  TreeAndLicenseOperations(Fixtures fixtures) {
    this.f = fixtures;
  }

  List<Operation> operations() {
    return List.of(
        Operation.admin(
            "GET /inboxes",
            1,
            queries(
                "GET",
                "/inboxes",
                Map.of(
                    "parentId",
                    parentFilter(),
                    "type",
                    // an empty filter is no filter, as for first and max
                    nodeTypes()
                        .map(v -> "".equals(v.json()) ? FieldValue.doubtful("", "empty") : v),
                    "first",
                    QueryValues.paging(false),
                    "max",
                    QueryValues.paging(true)))),
        Operation.admin("GET /inboxes/{id}", 1, PathIds.get("/inboxes/", f.nodeIds())),
        Operation.admin("POST /inboxes", 4, body("POST", "/inboxes", newNode(), nodeFields(), REQ)),
        Operation.admin(
            "PUT /inboxes/{id}",
            3,
            Arbitraries.oneOf(
                body("PUT", "/inboxes/" + f.putLocationId(), putLocation(), nodeFields(), REQ),
                body("PUT", "/inboxes/" + f.putInboxId(), putInbox(), nodeFields(), REQ))),
        Operation.admin(
            "DELETE /inboxes/{id}", 1, PathIds.delete("/inboxes/", List.of(f.locationId()))),
        Operation.admin("GET /licenses", 1, queries("GET", "/licenses", Map.of())),
        Operation.admin("GET /licenses/{id}", 1, PathIds.get("/licenses/", List.of(f.licenseId()))),
        Operation.admin(
            "POST /licenses",
            4,
            body("POST", "/licenses", newLicense(), licenseFields(), KEY_NAME)),
        Operation.admin(
            "PUT /licenses/{id}",
            3,
            body("PUT", "/licenses/" + f.licenseId(), putLicense(), licenseFields(), KEY_NAME)),
        Operation.admin(
            "DELETE /licenses/{id}", 1, PathIds.delete("/licenses/", List.of(f.heldLicenseId()))),
        Operation.admin(
            "GET /licenses/{id}/holders",
            1,
            queries("GET", "/licenses/" + f.holderLicenseId() + "/holders", QueryValues.paging())),
        Operation.admin(
            "GET /licenses/{id}/holders/{userId}",
            1,
            PathIds.get("/licenses/" + f.holderLicenseId() + "/holders/", f.userIds())),
        Operation.admin(
            "POST /licenses/{id}/holders",
            3,
            body(
                "POST",
                "/licenses/" + f.holderLicenseId() + "/holders",
                Arbitraries.of(TestRealm.PEOPLE).map(p -> map("username", p)),
                holderFields(),
                Set.of())),
        Operation.admin(
            "DELETE /licenses/{id}/holders/{userId}",
            1,
            PathIds.at("DELETE", "/licenses/" + f.holderLicenseId() + "/holders/", f.userIds())));
  }

  private static final Set<String> REQ = Set.of("key", "name", "type");
  private static final Set<String> KEY_NAME = Set.of("key", "name");

  private Arbitrary<Map<String, Object>> newNode() {
    Arbitrary<String> key = HostileValues.keyOfLength(12).map(k -> "n" + k);
    return Arbitraries.frequencyOf(
        Tuple.of(
            1,
            Combinators.combine(key, Arbitraries.of(f.locationId(), "none"))
                .as(Tuple::of)
                .map(t -> node(t.get1(), "location", null, t.get2()))),
        Tuple.of(
            2,
            Combinators.combine(key, Arbitraries.of(f.locationId(), f.inboxId(), "none"))
                .as(Tuple::of)
                .map(t -> node(t.get1(), "inbox", "web", t.get2()))));
  }

  private Arbitrary<Map<String, Object>> putLocation() {
    return Arbitraries.just(node("fz-put-loc", "location", null, "none"));
  }

  private Arbitrary<Map<String, Object>> putInbox() {
    return Arbitraries.just(node("fz-put-inbox", "inbox", "sms", "none"));
  }

  private static Map<String, Object> node(String key, String type, String channel, String parent) {
    Map<String, Object> node = map("key", key, "name", "Node " + key, "type", type);
    if (channel != null) {
      node.put("channel", channel);
      node.put("attributes", map("queue", "q1"));
    }
    if (!parent.equals("none")) {
      node.put("parentId", parent);
    }
    return node;
  }

  private Map<String, Arbitrary<FieldValue>> nodeFields() {
    return Map.of(
        "key", HostileValues.keys(),
        "name", HostileValues.names(),
        "type", nodeTypes().map(v -> v.json() == null ? FieldValue.invalid(null, "null") : v),
        "channel", LicenseValues.channel(),
        "parentId", parentIds(),
        "attributes", attributes(),
        "path", Arbitraries.of(FieldValue.doubtful(List.of("a", "b"), "read-only path")));
  }

  private Arbitrary<FieldValue> parentIds() {
    return Arbitraries.oneOf(
        HostileValues.ids(List.of(f.locationId(), f.inboxId(), f.putLocationId())),
        Arbitraries.of(FieldValue.doubtful("root", "root"), FieldValue.doubtful(null, "null")));
  }

  private Arbitrary<FieldValue> parentFilter() {
    return PathIds.queryIds(List.of("root", f.locationId(), f.inboxId()));
  }

  private static Arbitrary<FieldValue> nodeTypes() {
    return Arbitraries.of(
        FieldValue.doubtful("location", "location"),
        FieldValue.doubtful("inbox", "inbox"),
        FieldValue.invalid("channel", "channel"),
        FieldValue.invalid("INBOX", "INBOX"),
        FieldValue.invalid("", "empty"),
        FieldValue.invalid("x".repeat(300), "text(300)"));
  }

  /** Node attributes: at most 50, names up to 255, values up to 2048 characters. */
  static Arbitrary<FieldValue> attributes() {
    return Arbitraries.of(
        FieldValue.valid(map(), "{}"),
        FieldValue.valid(attributeMap(50, 10, 10), "50 attributes"),
        FieldValue.invalid(attributeMap(51, 10, 10), "51 attributes"),
        FieldValue.valid(attributeMap(1, 255, 2048), "name(255) value(2048)"),
        FieldValue.invalid(attributeMap(1, 256, 10), "name(256)"),
        FieldValue.invalid(attributeMap(1, 10, 2049), "value(2049)"),
        FieldValue.invalid(map("a", null), "null value"),
        FieldValue.invalid(map("a", 5), "number value"),
        FieldValue.invalid(map("a", map("b", "c")), "object value"),
        FieldValue.invalid(map("", "v"), "empty name"),
        FieldValue.invalid(map("bell\u0007", "v"), "control in name"),
        FieldValue.invalid(List.of("a"), "list"),
        FieldValue.invalid("a=b", "string"));
  }

  private static Map<String, Object> attributeMap(int count, int nameLength, int valueLength) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = (i + "n".repeat(nameLength)).substring(0, nameLength);
      attributes.put(name, "v".repeat(valueLength));
    }
    return attributes;
  }

  private Arbitrary<Map<String, Object>> newLicense() {
    return HostileValues.keyOfLength(12)
        .map(
            k ->
                map(
                    "key",
                    "l" + k,
                    "name",
                    "License " + k,
                    "seats",
                    5,
                    "channels",
                    new ArrayList<>(List.of("web"))));
  }

  private Arbitrary<Map<String, Object>> putLicense() {
    return Arbitraries.just(
        map("key", "fz-lic", "name", "Fuzz license", "seats", 5, "channels", List.of("web")));
  }

  private static Map<String, Arbitrary<FieldValue>> licenseFields() {
    return Map.of(
        "key", HostileValues.keys(),
        "name", HostileValues.names(),
        "seats", LicenseValues.seats(),
        "channels", LicenseValues.channels(),
        "seatsUsed", Arbitraries.of(FieldValue.doubtful(3, "read-only seatsUsed")));
  }

  private Map<String, Arbitrary<FieldValue>> holderFields() {
    return Map.of(
        "username",
        Arbitraries.oneOf(
            Arbitraries.of(TestRealm.PEOPLE).map(p -> FieldValue.valid(p, "username")),
            Arbitraries.of(
                FieldValue.invalid("nobody-here", "unknown user"),
                FieldValue.invalid("", "empty"),
                FieldValue.invalid("x".repeat(1025), "text(1025)"),
                FieldValue.invalid("lone\uD83D", "lone surrogate")),
            HostileValues.wrongTypes()),
        "userId",
        HostileValues.ids(f.userIds()),
        "source",
        Arbitraries.of(FieldValue.invalid("manual", "read-only source")),
        "grantedAt",
        Arbitraries.of(FieldValue.invalid(5, "read-only grantedAt")));
  }
}
