package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a realm JSON declares, by the names a chat-access document uses. */
record RealmIndex(
    String name,
    Set<String> usernames,
    Set<String> groupPaths,
    Set<String> realmRoles,
    Map<String, Set<String>> clientRoles) {

  /** Clients (and their roles) that every Keycloak realm has without being declared. */
  private static final Map<String, Set<String>> BUILT_IN_CLIENT_ROLES =
      Map.of(
          "realm-management",
          Set.of(
              "realm-admin",
              "create-client",
              "impersonation",
              "manage-authorization",
              "manage-clients",
              "manage-events",
              "manage-identity-providers",
              "manage-realm",
              "manage-users",
              "query-clients",
              "query-groups",
              "query-realms",
              "query-users",
              "view-authorization",
              "view-clients",
              "view-events",
              "view-identity-providers",
              "view-realm",
              "view-users"),
          "account",
          Set.of(
              "manage-account",
              "manage-account-links",
              "view-profile",
              "view-applications",
              "view-consent",
              "manage-consent",
              "view-groups",
              "delete-account"));

  boolean hasClientRole(String client, String role) {
    Set<String> roles = clientRoles.get(client);
    if (roles == null) {
      roles = BUILT_IN_CLIENT_ROLES.get(client);
    }
    return roles != null && roles.contains(role);
  }

  /** Indexes a realm JSON; duplicate names are reported in {@code problems}. */
  static RealmIndex of(JsonNode realm, List<String> problems) {
    Set<String> usernames = new HashSet<>();
    for (JsonNode user : realm.path("users")) {
      String username = user.path("username").asText("");
      if (!usernames.add(username)) {
        problems.add("$.users: username " + username + " appears twice");
      }
    }
    Set<String> groupPaths = new HashSet<>();
    collectGroups(realm.path("groups"), "", "$.groups", groupPaths, problems);
    Set<String> realmRoles = new HashSet<>();
    for (JsonNode role : realm.path("roles").path("realm")) {
      if (!realmRoles.add(role.path("name").asText(""))) {
        problems.add("$.roles.realm: role " + role.path("name").asText() + " appears twice");
      }
    }
    Set<String> clientIds = new HashSet<>();
    for (JsonNode client : realm.path("clients")) {
      if (!clientIds.add(client.path("clientId").asText(""))) {
        problems.add("$.clients: clientId " + client.path("clientId").asText() + " appears twice");
      }
    }
    Map<String, Set<String>> clientRoles = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> clients = realm.path("roles").path("client").fields();
    while (clients.hasNext()) {
      Map.Entry<String, JsonNode> entry = clients.next();
      if (!clientIds.contains(entry.getKey())) {
        problems.add("$.roles.client." + entry.getKey() + ": no such client in $.clients");
      }
      Set<String> names = new HashSet<>();
      for (JsonNode role : entry.getValue()) {
        if (!names.add(role.path("name").asText(""))) {
          problems.add(
              "$.roles.client." + entry.getKey() + ": role " + role.path("name") + " twice");
        }
      }
      clientRoles.put(entry.getKey(), names);
    }
    return new RealmIndex(
        realm.path("realm").asText(""), usernames, groupPaths, realmRoles, clientRoles);
  }

  private static void collectGroups(
      JsonNode groups, String parent, String path, Set<String> paths, List<String> problems) {
    for (int i = 0; i < groups.size(); i++) {
      JsonNode group = groups.get(i);
      String groupPath = parent + "/" + group.path("name").asText("");
      if (!paths.add(groupPath)) {
        problems.add(path + "[" + i + "]: group " + groupPath + " appears twice");
      }
      collectGroups(
          group.path("subGroups"), groupPath, path + "[" + i + "].subGroups", paths, problems);
    }
  }
}
