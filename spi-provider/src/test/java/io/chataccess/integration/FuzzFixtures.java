package io.chataccess.integration;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Creates the {@link Fixtures} of the generated-input test in its realm, and the fresh victims that
 * generated deletes may remove.
 */
final class FuzzFixtures {

  private FuzzFixtures() {}

  static Fixtures create(TestRealm realm) {
    String location = realm.location("fz-loc");
    String inbox = realm.inbox("fz-inbox", "web", location);
    // a child no request names, so that the location stays in use (its delete must be a 409)
    realm.inbox("fz-child", "web", location);
    String putLocation = realm.location("fz-put-loc");
    String putInbox = realm.inbox("fz-put-inbox", "sms", null);
    String license = realm.license("fz-lic", 5, List.of("web"));
    String held = realm.license("fz-held", null, List.of());
    realm.hold(held, "grace");
    String holders = realm.license("fz-holders", null, List.of());
    String role = realm.role("fz-role", Map.of("chat.handle", "own"), true);
    // bob sees conversations of his departments everywhere, without a license
    String used = realm.role("fz-used", Map.of("conversation.view", "department"), false);
    String bob = realm.userId("bob");
    realm.assign("user", bob, used, TestRealm.scopeAll());
    String alice = realm.userId("alice");
    String assignment = realm.assign("user", alice, role, TestRealm.scopeAll());
    realm.created("/permissions", Map.of("key", "fz.used", "kind", "scoped"));
    realm.role("fz-perm-role", Map.of("fz.used", "all"), false);
    return new Fixtures(
        location,
        inbox,
        "fz-inbox",
        putLocation,
        putInbox,
        license,
        held,
        holders,
        role,
        used,
        assignment,
        "fz.used",
        alice,
        bob,
        realm.groupId("/support/emea"),
        realm.realmRoleId("agent-role"),
        realm.clientRoleId("crm", "crm-user"));
  }

  static List<Operation> withVictims(List<Operation> operations, TestRealm realm) {
    return operations.stream().map(o -> withVictim(o, realm)).toList();
  }

  /** Deletes get a maker of fresh victims of their collection. */
  static Operation withVictim(Operation operation, TestRealm realm) {
    Supplier<String> maker =
        switch (operation.name()) {
          case "DELETE /inboxes/{id}" -> () -> realm.location(fresh("v"));
          case "DELETE /licenses/{id}" -> () -> realm.license(fresh("v"), 3, List.of("web"));
          case "DELETE /roles/{id}" ->
              () -> realm.role(fresh("v"), Map.of("chat.handle", "all"), true);
          case "DELETE /assignments/{id}" ->
              () ->
                  realm.assign(
                      "user",
                      realm.userId("carol"),
                      realm.roleIdByKey("fz-role"),
                      TestRealm.scopeAll());
          case "DELETE /permissions/{key}" ->
              () -> {
                String key = "victim.p" + fresh("").replace("-", "");
                realm.created("/permissions", Map.of("key", key, "kind", "boolean"));
                return key;
              };
          default -> null;
        };
    return maker == null ? operation : operation.withVictim(maker);
  }

  private static String fresh(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }
}
