package io.chataccess.integration;

import static io.chataccess.integration.HostileValues.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated imports of the chat-access document ({@code PUT /document}, with and without {@code
 * dryRun}): a self-contained valid document (trees up to 14 deep, and 15 to 40 deep unchanged,
 * licenses with up to 100 channels) with one or two values replaced, sections null or of the wrong
 * type, nulls in arrays.
 */
final class DocumentOperations {

  static final List<String> SECTIONS =
      List.of("settings", "permissions", "inboxes", "licenses", "roles", "assignments");

  private DocumentOperations() {}

  static List<Operation> operations(String realmName) {
    return List.of(
        Operation.admin(
            "GET /document", 1, RequestArbitraries.queries("GET", "/document", Map.of())),
        Operation.admin("PUT /document", 8, imports(realmName)));
  }

  static Arbitrary<GeneratedRequest> imports(String realmName) {
    Arbitrary<GeneratedRequest> deep =
        Arbitraries.of(15, 20, 40)
            .map(
                d ->
                    RequestArbitraries.request(
                        "PUT",
                        "/document",
                        RequestArbitraries.json(document(d, true, List.of("web"), false)),
                        List.of(),
                        false,
                        "tree " + d + " deep"));
    Arbitrary<GeneratedRequest> bodies =
        Arbitraries.frequencyOf(
            Tuple.of(
                8,
                RequestArbitraries.body(
                    "PUT", "/document", document(), fields(realmName), Set.of("format"))),
            Tuple.of(1, deep));
    return Combinators.combine(
            Combinators.combine(bodies, QueryValues.flag().optional(0.6))
                .as(DocumentOperations::dryRun),
            Arbitraries.integers().between(0, 3))
        .as((request, mode) -> mode == 0 ? merge(request) : request);
  }

  /**
   * The request as a merge import. Which given items are complete enough depends on what earlier
   * requests stored (an item of a stored key may leave fields out), so the generator cannot tell
   * whether it must be refused: only the properties that hold for any request are checked (no 5xx,
   * a problem document, a refusal changes nothing).
   */
  private static GeneratedRequest merge(GeneratedRequest request) {
    return new GeneratedRequest(
        request.method(),
        request.path() + (request.path().contains("?") ? "&" : "?") + "mode=merge",
        request.headers(),
        request.contentType(),
        request.body(),
        List.of(),
        false,
        request.shape() + " mode=merge",
        request.edge());
  }

  private static GeneratedRequest dryRun(GeneratedRequest request, Optional<FieldValue> dryRun) {
    if (dryRun.isEmpty() || request.edge()) {
      return request; // edges go alone
    }
    FieldValue flag = dryRun.get();
    List<String> faults = new ArrayList<>(request.faults());
    if (flag.invalid()) {
      faults.add("dryRun");
    }
    return new GeneratedRequest(
        request.method(),
        request.path() + "?dryRun=" + RequestArbitraries.encode((String) flag.json()),
        request.headers(),
        request.contentType(),
        request.body(),
        faults,
        request.invalid() || flag.invalid(),
        request.shape() + " dryRun=" + flag.shape(),
        request.edge());
  }

  /** A valid document that refers only to itself and to the test realm's users and groups. */
  static Arbitrary<Map<String, Object>> document() {
    Arbitrary<Integer> depth = Arbitraries.of(1, 2, 3, 8, 13, 14);
    Arbitrary<Boolean> subInboxes = Arbitraries.of(true, false);
    // long channel lists come as changes of licenses[0].channels, so that reports name them
    Arbitrary<List<String>> channels = Arbitraries.of(List.of(), List.of("web"));
    return Combinators.combine(depth, subInboxes, channels, Arbitraries.of(true, false))
        .as(DocumentOperations::document);
  }

  /** The document with a chain {@code depth} deep, the license's channels and maybe departments. */
  static Map<String, Object> document(int d, boolean sub, List<String> ch, boolean root) {
    return map(
        "format", 1,
        "settings", map("licensesRequired", true, "departmentRootGroup", root ? "/support" : null),
        "permissions", list(map("key", "doc.export", "kind", "boolean", "description", "Export")),
        "inboxes", list(tree(d, sub)),
        "licenses",
            list(
                map(
                    "key",
                    "doc-lic",
                    "name",
                    "Doc license",
                    "seats",
                    5,
                    "channels",
                    new ArrayList<>(ch),
                    "holders",
                    list("alice", "bob"))),
        "roles",
            list(
                map(
                    "key", "doc-role",
                    "name", "Doc role",
                    "description", "generated",
                    "versions",
                        list(
                            map("grants", map("chat.handle", "own")),
                            map(
                                "saveMode",
                                "new-only",
                                "grants",
                                map("chat.handle", "all", "conversation.view", "own"))))),
        "assignments",
            list(
                map("user", "alice", "role", "doc-role", "scope", map("node", "doc-root")),
                map("group", "/support/emea", "grants", map("doc.export", "all")),
                map("realmRole", "agent-role", "role", "doc-role", "version", 1),
                map(
                    "clientRole", map("client", "crm", "role", "crm-user"),
                    "role", "doc-role",
                    "scope", map("inboxes", list("doc-web")))));
  }

  /** A location {@code doc-root} with an inbox {@code doc-web}, and a chain {@code depth} deep. */
  private static Map<String, Object> tree(int depth, boolean subInboxes) {
    Map<String, Object> deepest = null;
    for (int level = depth; level >= 1; level--) {
      boolean inbox = subInboxes || level == depth;
      Map<String, Object> node =
          inbox
              ? map(
                  "key",
                  "doc-d" + level,
                  "type",
                  "inbox",
                  "name",
                  "Level " + level,
                  "channel",
                  "sms")
              : map("key", "doc-d" + level, "type", "location", "name", "Level " + level);
      if (deepest != null) {
        node.put("children", list(deepest));
      }
      deepest = node;
    }
    return map(
        "key", "doc-root",
        "type", "location",
        "name", "Doc root",
        "children",
            list(
                map(
                    "key",
                    "doc-web",
                    "type",
                    "inbox",
                    "name",
                    "Web",
                    "channel",
                    "web",
                    "attributes",
                    map("timezone", "Europe/Berlin")),
                deepest));
  }

  private static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  private static Map<String, Arbitrary<FieldValue>> fields(String realmName) {
    Map<String, Arbitrary<FieldValue>> fields = new HashMap<>();
    Arbitrary<FieldValue> section =
        Arbitraries.of(
            FieldValue.invalid(null, "null").asEdge(),
            FieldValue.invalid(5, "number"),
            FieldValue.invalid("x", "string"),
            FieldValue.invalid(map(), "{}"),
            FieldValue.invalid(Arrays.asList((Object) null), "[null]").asEdge(),
            FieldValue.invalid(list("x"), "[\"x\"]"),
            FieldValue.doubtful(list(), "[]"));
    for (String name : SECTIONS) {
      fields.put(name, name.equals("settings") ? settingsSection() : section);
    }
    fields.put(
        "format",
        Arbitraries.of(
            FieldValue.invalid(2, "2"),
            FieldValue.invalid("1", "\"1\""),
            FieldValue.invalid(1.5, "1.5"),
            FieldValue.invalid(null, "null"),
            FieldValue.invalid(list(1), "[1]")));
    fields.put(
        "realm",
        Arbitraries.of(
            FieldValue.valid(realmName, "own realm"),
            FieldValue.invalid("other-realm", "other realm"),
            FieldValue.invalid(5, "number")));
    fields.put("settings.licensesRequired", HostileValues.booleans(false));
    fields.put(
        "settings.departmentRootGroup",
        Arbitraries.of(
            FieldValue.valid(null, "null"), FieldValue.invalid("/nope", "unknown group"),
            FieldValue.invalid("support", "no leading /"), FieldValue.invalid(7, "number")));
    fields.put("permissions[0].key", HostileValues.permissionKeys());
    fields.put("permissions[0].description", HostileValues.descriptions());
    fields.put("inboxes[0].key", HostileValues.keys());
    fields.put("inboxes[0].name", HostileValues.names());
    fields.put("inboxes[0].children[0].channel", LicenseValues.channel());
    fields.put("inboxes[0].children[0].attributes", TreeAndLicenseOperations.attributes());
    fields.put(
        "inboxes[0].children",
        Arbitraries.of(
            FieldValue.invalid(Arrays.asList((Object) null), "[null]"),
            FieldValue.invalid(map(), "{}"),
            FieldValue.invalid(
                list(
                    map("key", "doc-web", "type", "inbox", "name", "Web", "channel", "web"),
                    map("key", "doc-web", "type", "inbox", "name", "Twice", "channel", "web")),
                "duplicate key")));
    fields.put("licenses[0].key", HostileValues.keys());
    fields.put("licenses[0].name", HostileValues.names());
    fields.put("licenses[0].seats", LicenseValues.seats());
    fields.put("licenses[0].channels", LicenseValues.channels());
    fields.put(
        "licenses[0].holders",
        Arbitraries.of(
            FieldValue.invalid(Arrays.asList((Object) null), "[null]"),
            FieldValue.invalid(list("nobody-here"), "unknown user"),
            FieldValue.doubtful(list("alice", "alice"), "alice twice"),
            FieldValue.invalid(list(5), "[5]"),
            FieldValue.invalid("alice", "string")));
    fields.put("roles[0].name", HostileValues.names());
    fields.put("roles[0].description", HostileValues.descriptions());
    fields.put(
        "roles[0].versions",
        Arbitraries.of(
            FieldValue.invalid(list(), "[]"), FieldValue.invalid(null, "null"),
            FieldValue.invalid(Arrays.asList((Object) null), "[null]"),
                FieldValue.invalid(3, "number")));
    fields.put("roles[0].versions[0].grants", GrantValues.grants(true));
    fields.put(
        "roles[0].versions[1].saveMode",
        Arbitraries.of(
            FieldValue.valid("apply", "apply"), FieldValue.invalid("created", "created"),
            FieldValue.invalid("APPLY", "APPLY"), FieldValue.invalid(1, "number")));
    fields.put(
        "assignments[0].user",
        Arbitraries.of(
            FieldValue.valid("bob", "bob"),
            FieldValue.invalid("nobody-here", "unknown user"),
            FieldValue.invalid(null, "null"),
            FieldValue.invalid("x".repeat(1025), "text(1025)"),
            FieldValue.invalid(list("alice"), "list")));
    fields.put(
        "assignments[0].scope",
        Arbitraries.of(
            FieldValue.invalid(map("node", "nope"), "unknown node"),
            FieldValue.invalid(map(), "{}"),
            FieldValue.invalid(
                map("node", "doc-root", "inboxes", list("doc-web")), "node and inboxes"),
            FieldValue.invalid(map("inboxes", list()), "inboxes []"),
            FieldValue.invalid(map("inboxes", Arrays.asList((Object) null)), "inboxes [null]"),
            FieldValue.invalid("all", "string")));
    fields.put(
        "assignments[0].version",
        Arbitraries.of(
            FieldValue.valid(2, "2"),
            FieldValue.invalid(0, "0"),
            FieldValue.invalid(99, "99"),
            FieldValue.invalid("1", "\"1\"")));
    fields.put(
        "assignments[0].source",
        Arbitraries.of(
            FieldValue.valid("manual", "manual"),
            FieldValue.invalid("idp:", "idp:"),
            FieldValue.invalid("elsewhere", "elsewhere")));
    fields.put("assignments[1].grants", GrantValues.grants(false));
    return fields;
  }

  private static Arbitrary<FieldValue> settingsSection() {
    return Arbitraries.of(
        FieldValue.invalid(null, "null"),
        FieldValue.invalid(5, "number"),
        FieldValue.invalid(list(), "[]"),
        FieldValue.doubtful(map(), "{}"));
  }
}
