package io.chataccess.integration;

import static io.chataccess.integration.HostileValues.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generated {@code permission -> level} maps, valid and hostile. */
final class GrantValues {

  static final List<String> SCOPED =
      List.of(
          "chat.handle",
          "conversation.view",
          "conversation.edit",
          "conversation.delete",
          "conversation.join",
          "conversation.transfer",
          "conversation.rate",
          "transcript.view",
          "statistics.view");
  static final List<String> BOOLEAN =
      List.of(
          "channel.view",
          "channel.configure",
          "channel.connect",
          "canned.use",
          "canned.manage",
          "presence.use",
          "bots.manage",
          "access.manage",
          "settings.edit");
  static final List<String> LEVELS = List.of("none", "own", "department", "all");

  private GrantValues() {}

  /** Valid grants: scoped permissions at any level, yes/no ones at none or all. */
  static Arbitrary<Map<String, Object>> validGrants() {
    Arbitrary<Map<String, Object>> scoped =
        Arbitraries.maps(Arbitraries.of(SCOPED), Arbitraries.of(LEVELS).map(l -> (Object) l))
            .ofMinSize(1)
            .ofMaxSize(4);
    Arbitrary<Map<String, Object>> flags =
        Arbitraries.maps(
                Arbitraries.of(BOOLEAN), Arbitraries.of("none", "all").map(l -> (Object) l))
            .ofMaxSize(3);
    return scoped.flatMap(
        s ->
            flags.map(
                b -> {
                  Map<String, Object> all = new LinkedHashMap<>(s);
                  all.putAll(b);
                  return all;
                }));
  }

  /** Grants of a role (required, may be empty) or of an assignment (if any, not empty). */
  static Arbitrary<FieldValue> grants(boolean forRole) {
    return Arbitraries.oneOf(
        validGrants().map(g -> ofAssignmentOrRole(g, forRole)),
        Arbitraries.of(
            new FieldValue(map(), "{}", !forRole),
            FieldValue.invalid(map("chat.handle", "most"), "level most"),
            FieldValue.invalid(map("chat.handle", "ALL"), "level ALL"),
            FieldValue.invalid(map("chat.handle", null), "level null"),
            FieldValue.invalid(map("chat.handle", 3), "level 3"),
            FieldValue.invalid(map("canned.use", "own"), "yes/no permission at own"),
            FieldValue.invalid(map("no.such", "all"), "unknown permission"),
            FieldValue.invalid(map("p." + "x".repeat(130), "all"), "permission key(132)"),
            FieldValue.invalid(map("", "all"), "empty permission"),
            FieldValue.invalid(manyGrants(201), "201 grants"),
            FieldValue.invalid(List.of("chat.handle"), "list"),
            FieldValue.invalid("all", "string"),
            new FieldValue(null, "null", forRole)));
  }

  /** An assignment's grants of only {@code none} grant nothing, which an assignment may not. */
  private static FieldValue ofAssignmentOrRole(Map<String, Object> grants, boolean forRole) {
    boolean grantsSomething = grants.values().stream().anyMatch(level -> !"none".equals(level));
    String shape = "grants(" + grants.size() + (grantsSomething ? ")" : ", all none)");
    return new FieldValue(grants, shape, !forRole && !grantsSomething);
  }

  private static Map<String, Object> manyGrants(int count) {
    Map<String, Object> grants = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      grants.put("custom.p" + i, "all");
    }
    return grants;
  }
}
