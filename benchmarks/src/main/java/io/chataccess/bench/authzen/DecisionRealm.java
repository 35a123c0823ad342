package io.chataccess.bench.authzen;

import io.chataccess.bench.load.KeycloakApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Setup A, the same grant modelled twice in one small realm: two locations of inboxes, each worked
 * by the holders of one realm role ({@code desk-a}, {@code desk-b}).
 *
 * <ul>
 *   <li><b>Chat access</b> (our document): the chat role {@code agent} ({@code chat.handle=all})
 *       assigned to the realm role {@code desk-x} on the location {@code loc-x}.
 *   <li><b>Authorization Services</b> (the client {@code pdp-client}, the resource server
 *       Keycloak's AuthZEN endpoint decides with): a resource per inbox (name = inbox key, type
 *       {@code inbox}), the scopes {@code chat.handle} and {@code transcript.view}, a role policy
 *       {@code desk-x} and a scope permission granting {@code chat.handle} on the inboxes of {@code
 *       loc-x} to it. {@code transcript.view} is granted by neither model.
 * </ul>
 *
 * Users: {@code agent-a} (desk-a), {@code agent-b} (desk-b), {@code agent-ab} (both), {@code
 * agent-none} (no role).
 */
final class DecisionRealm {

  static final String REALM = "authzen-bench";
  static final String ALLOWED = "chat.handle";
  static final String NEVER = "transcript.view";
  static final int INBOXES_PER_LOCATION = 10;
  static final List<String> DESKS = List.of("a", "b");
  static final Map<String, List<String>> USERS =
      orderedMap(
          "agent-a", List.of("desk-a"),
          "agent-b", List.of("desk-b"),
          "agent-ab", List.of("desk-a", "desk-b"),
          "agent-none", List.of());

  /** One question and the answer both models must give. */
  record Case(String user, String action, String inbox, boolean expected) {}

  private DecisionRealm() {}

  static List<String> inboxes(String desk) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < INBOXES_PER_LOCATION; i++) {
      keys.add(desk + "-" + i);
    }
    return keys;
  }

  /** Every user on every inbox with both actions. */
  static List<Case> allCases() {
    List<Case> cases = new ArrayList<>();
    for (String action : List.of(ALLOWED, NEVER)) {
      cases.addAll(cases(action));
    }
    return cases;
  }

  /** Every user on every inbox with one action (the load mix uses {@link #ALLOWED}: half true). */
  static List<Case> cases(String action) {
    List<Case> cases = new ArrayList<>();
    USERS.forEach(
        (user, roles) -> {
          for (String desk : DESKS) {
            for (String inbox : inboxes(desk)) {
              boolean allowed = ALLOWED.equals(action) && roles.contains("desk-" + desk);
              cases.add(new Case(user, action, inbox, allowed));
            }
          }
        });
    return cases;
  }

  /** The Keycloak realm: roles, users, the confidential client with its authorization settings. */
  static String realmJson() {
    Map<String, Object> realm = new LinkedHashMap<>();
    realm.put("realm", REALM);
    realm.put("enabled", true);
    realm.put("accessTokenLifespan", 3600);
    List<Map<String, Object>> roles = new ArrayList<>();
    DESKS.forEach(desk -> roles.add(Map.of("name", "desk-" + desk)));
    realm.put("roles", Map.of("realm", roles));
    List<Map<String, Object>> users = new ArrayList<>();
    USERS.forEach(
        (name, desks) -> {
          Map<String, Object> user = new LinkedHashMap<>();
          user.put("username", name);
          user.put("enabled", true);
          user.put("email", name + "@authzen.example");
          user.put("emailVerified", true);
          user.put("firstName", "Agent");
          user.put("lastName", name);
          user.put("realmRoles", desks);
          users.add(user);
        });
    realm.put("users", users);
    realm.put("clients", List.of(Pdp.clientRepresentation(authorizationSettings())));
    return KeycloakApi.json(realm);
  }

  private static Map<String, Object> authorizationSettings() {
    List<Map<String, Object>> resources = new ArrayList<>();
    List<Map<String, Object>> policies = new ArrayList<>();
    for (String desk : DESKS) {
      for (String inbox : inboxes(desk)) {
        resources.add(
            Map.of(
                "name",
                inbox,
                "type",
                "inbox",
                "scopes",
                List.of(Map.of("name", ALLOWED), Map.of("name", NEVER))));
      }
      policies.add(
          Map.of(
              "name", "desk-" + desk,
              "type", "role",
              "logic", "POSITIVE",
              "decisionStrategy", "UNANIMOUS",
              "config",
                  Map.of(
                      "roles",
                      KeycloakApi.json(List.of(Map.of("id", "desk-" + desk, "required", false))))));
      policies.add(
          Map.of(
              "name", ALLOWED + " in loc-" + desk,
              "type", "scope",
              "logic", "POSITIVE",
              "decisionStrategy", "UNANIMOUS",
              "config",
                  Map.of(
                      "resources", KeycloakApi.json(inboxes(desk)),
                      "scopes", KeycloakApi.json(List.of(ALLOWED)),
                      "applyPolicies", KeycloakApi.json(List.of("desk-" + desk)))));
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("allowRemoteResourceManagement", false);
    settings.put("policyEnforcementMode", "ENFORCING");
    settings.put("decisionStrategy", "UNANIMOUS");
    settings.put("scopes", List.of(Map.of("name", ALLOWED), Map.of("name", NEVER)));
    settings.put("resources", resources);
    settings.put("policies", policies);
    return settings;
  }

  /** The chat-access document: licenses off, the two locations, the role, two assignments. */
  static String chatDocument() {
    List<Map<String, Object>> locations = new ArrayList<>();
    List<Map<String, Object>> assignments = new ArrayList<>();
    for (String desk : DESKS) {
      List<Map<String, Object>> children = new ArrayList<>();
      for (String inbox : inboxes(desk)) {
        children.add(
            Map.of("key", inbox, "type", "inbox", "channel", "web", "name", "Inbox " + inbox));
      }
      locations.add(
          Map.of(
              "key",
              "loc-" + desk,
              "type",
              "location",
              "name",
              "Location " + desk,
              "children",
              children));
      assignments.add(
          Map.of(
              "realmRole",
              "desk-" + desk,
              "role",
              "agent",
              "scope",
              Map.of("node", "loc-" + desk)));
    }
    Map<String, Object> version =
        Map.of("requiresLicense", false, "saveMode", "apply", "grants", Map.of(ALLOWED, "all"));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", 1);
    document.put("settings", Map.of("licensesRequired", false));
    document.put("inboxes", locations);
    document.put(
        "roles", List.of(Map.of("key", "agent", "name", "Agent", "versions", List.of(version))));
    document.put("assignments", assignments);
    return KeycloakApi.json(document);
  }

  private static Map<String, List<String>> orderedMap(Object... pairs) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> value = (List<String>) pairs[i + 1];
      map.put((String) pairs[i], value);
    }
    return map;
  }
}
