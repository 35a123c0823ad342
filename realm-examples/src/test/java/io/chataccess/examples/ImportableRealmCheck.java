package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a realm JSON meant for {@code --import-realm}: its name matches the file, every demo user
 * can get a token with the password grant (enabled, verified e-mail, names, password equal to the
 * username, not temporary), and every group and role a user or group names is declared. Service
 * account users are not demo users: they sign in with their client's credentials.
 */
final class ImportableRealmCheck {

  /** The admin theme of every example realm (module admin-theme). */
  static final String ADMIN_THEME = "chat-access";

  private ImportableRealmCheck() {}

  /** Every problem of {@code realm}, with its JSON path; empty when there is none. */
  static List<String> problems(JsonNode realm, String expectedName) {
    List<String> problems = new ArrayList<>();
    RealmIndex index = RealmIndex.of(realm, problems);
    if (!expectedName.equals(index.name())) {
      problems.add("$.realm: is " + index.name() + ", the file name says " + expectedName);
    }
    if (!realm.path("enabled").asBoolean(false)) {
      problems.add("$.enabled: must be true");
    }
    if (!ADMIN_THEME.equals(realm.path("adminTheme").asText(""))) {
      problems.add(
          "$.adminTheme: must be " + ADMIN_THEME + ", the console with the Chat access pages");
    }
    JsonNode users = realm.path("users");
    for (int i = 0; i < users.size(); i++) {
      JsonNode user = users.get(i);
      String at = "$.users[" + i + "]";
      String username = user.path("username").asText("");
      if (user.has("serviceAccountClientId")) {
        checkServiceAccount(user, at, realm.path("clients"), problems);
        checkMemberships(user, at, index, problems);
        continue;
      }
      if (!user.path("enabled").asBoolean(false)) {
        problems.add(at + ".enabled: must be true");
      }
      if (!user.path("emailVerified").asBoolean(false)) {
        problems.add(at + ".emailVerified: must be true, or a required action blocks the login");
      }
      for (String field : List.of("email", "firstName", "lastName")) {
        if (user.path(field).asText("").isBlank()) {
          problems.add(at + "." + field + ": required by the user profile");
        }
      }
      if (!hasDemoPassword(user.path("credentials"), username)) {
        problems.add(at + ".credentials: needs a non-temporary password equal to the username");
      }
      checkMemberships(user, at, index, problems);
    }
    checkGroupRoles(realm.path("groups"), "$.groups", index, problems);
    return problems;
  }

  /**
   * A service account (an AuthZEN or {@code /check} caller) signs in with its client's credentials,
   * not with a password, and has no profile: it must belong to a confidential client of the realm
   * that has service accounts enabled, under the name Keycloak gives it.
   */
  private static void checkServiceAccount(
      JsonNode user, String at, JsonNode clients, List<String> problems) {
    String clientId = user.path("serviceAccountClientId").asText("");
    JsonNode client = null;
    for (JsonNode candidate : clients) {
      if (clientId.equals(candidate.path("clientId").asText())) {
        client = candidate;
      }
    }
    if (client == null) {
      problems.add(at + ".serviceAccountClientId: unknown client " + clientId);
    } else if (!client.path("serviceAccountsEnabled").asBoolean(false)
        || client.path("publicClient").asBoolean(false)) {
      problems.add(
          at
              + ".serviceAccountClientId: "
              + clientId
              + " needs serviceAccountsEnabled, not public");
    }
    if (!("service-account-" + clientId).equals(user.path("username").asText())) {
      problems.add(at + ".username: must be service-account-" + clientId);
    }
    if (!user.path("enabled").asBoolean(false)) {
      problems.add(at + ".enabled: must be true");
    }
    if (user.has("credentials")) {
      problems.add(at + ".credentials: a service account has no password");
    }
  }

  private static boolean hasDemoPassword(JsonNode credentials, String username) {
    for (JsonNode credential : credentials) {
      if ("password".equals(credential.path("type").asText())
          && username.equals(credential.path("value").asText())
          && !credential.path("temporary").asBoolean(true)) {
        return true;
      }
    }
    return false;
  }

  private static void checkMemberships(
      JsonNode holder, String at, RealmIndex index, List<String> problems) {
    JsonNode groups = holder.path("groups");
    for (int g = 0; g < groups.size(); g++) {
      if (!index.groupPaths().contains(groups.get(g).asText())) {
        problems.add(at + ".groups[" + g + "]: unknown group " + groups.get(g).asText());
      }
    }
    JsonNode realmRoles = holder.path("realmRoles");
    for (int r = 0; r < realmRoles.size(); r++) {
      if (!index.realmRoles().contains(realmRoles.get(r).asText())) {
        problems.add(at + ".realmRoles[" + r + "]: unknown realm role " + realmRoles.get(r));
      }
    }
    Iterator<Map.Entry<String, JsonNode>> clients = holder.path("clientRoles").fields();
    while (clients.hasNext()) {
      Map.Entry<String, JsonNode> entry = clients.next();
      for (JsonNode role : entry.getValue()) {
        if (!index.hasClientRole(entry.getKey(), role.asText())) {
          problems.add(
              at + ".clientRoles." + entry.getKey() + ": unknown client role " + role.asText());
        }
      }
    }
  }

  private static void checkGroupRoles(
      JsonNode groups, String path, RealmIndex index, List<String> problems) {
    for (int i = 0; i < groups.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode group = groups.get(i);
      checkMemberships(group, at, index, problems);
      checkGroupRoles(group.path("subGroups"), at + ".subGroups", index, problems);
    }
  }
}
