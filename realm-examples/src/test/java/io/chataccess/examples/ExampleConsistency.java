package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.Channel;
import io.chataccess.policy.Keys;
import io.chataccess.policy.Level;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an example realm JSON and its chat-access document (docs/document.md, format 1) for the
 * mistakes an import would reject: unknown users, groups, roles, nodes, role keys, versions and
 * permissions, duplicate keys, oversold seats, invalid levels and channels, unknown fields. Every
 * problem is reported with its JSON path, all at once, as the import does.
 */
final class ExampleConsistency {

  static final String MAPPER = "chat-access-permissions-mapper";
  static final String CHAT_CLIENT = "chat-app";

  /** The admin theme of every example realm (module admin-theme). */
  static final String ADMIN_THEME = "chat-access";

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

  private static final Set<String> DOCUMENT_FIELDS =
      Set.of("format", "settings", "permissions", "inboxes", "licenses", "roles", "assignments");
  private static final Set<String> SETTINGS_FIELDS =
      Set.of("licensesRequired", "departmentRootGroup");
  private static final Set<String> PERMISSION_FIELDS = Set.of("key", "kind", "description");
  private static final Set<String> NODE_FIELDS =
      Set.of("key", "type", "name", "channel", "attributes", "children");
  private static final Set<String> LICENSE_FIELDS =
      Set.of("key", "name", "seats", "channels", "holders");
  private static final Set<String> ROLE_FIELDS = Set.of("key", "name", "description", "versions");
  private static final Set<String> VERSION_FIELDS = Set.of("grants", "requiresLicense", "saveMode");
  private static final Set<String> ASSIGNMENT_FIELDS =
      Set.of(
          "user",
          "group",
          "realmRole",
          "clientRole",
          "role",
          "version",
          "grants",
          "scope",
          "source");
  private static final List<String> SUBJECTS = List.of("user", "group", "realmRole", "clientRole");

  private ExampleConsistency() {}

  /** What a realm JSON declares, by the names a chat-access document uses. */
  record RealmIndex(
      String name,
      Set<String> usernames,
      Set<String> groupPaths,
      Set<String> realmRoles,
      Map<String, Set<String>> clientRoles) {

    boolean hasClientRole(String client, String role) {
      Set<String> roles = clientRoles.get(client);
      if (roles == null) {
        roles = BUILT_IN_CLIENT_ROLES.get(client);
      }
      return roles != null && roles.contains(role);
    }
  }

  // ---------------------------------------------------------------- realm JSON

  /** Indexes a realm JSON; duplicate names are reported in {@code problems}. */
  static RealmIndex index(JsonNode realm, List<String> problems) {
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

  /**
   * Checks a realm JSON meant for {@code --import-realm}: its name matches the file, every demo
   * user can get a token with the password grant (enabled, verified e-mail, names, password equal
   * to the username, not temporary), and every group and role a user or group names is declared.
   */
  static List<String> checkRealm(JsonNode realm, String expectedName) {
    List<String> problems = new ArrayList<>();
    RealmIndex index = index(realm, problems);
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

  /**
   * Checks what a scenario realm needs for its README's commands: the public client {@code
   * chat-app} with the password grant and the chat permissions mapper in every token, and the realm
   * admin {@code <realm>-admin}.
   */
  static List<String> checkScenarioRealm(JsonNode realm) {
    List<String> problems = new ArrayList<>();
    String name = realm.path("realm").asText("");
    JsonNode client = null;
    for (JsonNode candidate : realm.path("clients")) {
      if (CHAT_CLIENT.equals(candidate.path("clientId").asText())) {
        client = candidate;
      }
    }
    if (client == null) {
      problems.add("$.clients: no client " + CHAT_CLIENT);
    } else {
      if (!client.path("publicClient").asBoolean(false)) {
        problems.add("$.clients[chat-app].publicClient: must be true");
      }
      if (!client.path("directAccessGrantsEnabled").asBoolean(false)) {
        problems.add("$.clients[chat-app].directAccessGrantsEnabled: must be true");
      }
      List<JsonNode> mappers = new ArrayList<>();
      for (JsonNode mapper : client.path("protocolMappers")) {
        if (MAPPER.equals(mapper.path("protocolMapper").asText())) {
          mappers.add(mapper);
        }
      }
      if (mappers.size() != 1) {
        problems.add("$.clients[chat-app].protocolMappers: needs exactly one " + MAPPER);
      } else {
        JsonNode config = mappers.get(0).path("config");
        if (!"openid-connect".equals(mappers.get(0).path("protocol").asText())) {
          problems.add("$.clients[chat-app].protocolMappers[chat]: protocol openid-connect");
        }
        if (!"chat".equals(config.path("claim.name").asText())) {
          problems.add("$.clients[chat-app].protocolMappers[chat].config: claim.name chat");
        }
        for (String include :
            List.of(
                "access.token.claim",
                "id.token.claim",
                "userinfo.token.claim",
                "introspection.token.claim")) {
          if (!"true".equals(config.path(include).asText())) {
            problems.add("$.clients[chat-app].protocolMappers[chat].config: " + include + " true");
          }
        }
        if (config.has("chat.inbox.limit")) {
          problems.add("$.clients[chat-app].protocolMappers[chat].config: keep the inbox limit");
        }
      }
    }
    boolean admin = false;
    for (JsonNode user : realm.path("users")) {
      if ((name + "-admin").equals(user.path("username").asText())) {
        for (JsonNode role : user.path("clientRoles").path("realm-management")) {
          admin |= "realm-admin".equals(role.asText());
        }
      }
    }
    if (!admin) {
      problems.add("$.users: no " + name + "-admin with realm-management/realm-admin");
    }
    return problems;
  }

  // ---------------------------------------------------------- chat-access document

  /** Checks a chat-access document against the realm it is meant for. */
  static List<String> checkDocument(JsonNode document, RealmIndex realm) {
    Checker checker = new Checker(realm);
    checker.check(document);
    return checker.problems;
  }

  private static final class Checker {

    private final RealmIndex realm;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, PermissionKind> custom = new HashMap<>();

    /** Node key to its type ("location" or "inbox"). */
    private final Map<String, String> nodes = new HashMap<>();

    /** Role key to its number of versions. */
    private final Map<String, Integer> roles = new HashMap<>();

    Checker(RealmIndex realm) {
      this.realm = realm;
    }

    void check(JsonNode document) {
      if (!document.isObject()) {
        problems.add("$: must be an object");
        return;
      }
      onlyFields(document, "$", DOCUMENT_FIELDS);
      if (!document.path("format").isInt() || document.path("format").asInt() != 1) {
        problems.add("$.format: must be 1");
      }
      if (document.has("settings")) {
        settings(document.get("settings"));
      }
      permissions(document.path("permissions"));
      JsonNode inboxes = document.path("inboxes");
      for (int i = 0; i < inboxes.size(); i++) {
        node(inboxes.get(i), "$.inboxes[" + i + "]", null);
      }
      licenses(document.path("licenses"));
      roles(document.path("roles"));
      assignments(document.path("assignments"));
    }

    private void settings(JsonNode settings) {
      onlyFields(settings, "$.settings", SETTINGS_FIELDS);
      if (settings.has("licensesRequired") && !settings.get("licensesRequired").isBoolean()) {
        problems.add("$.settings.licensesRequired: must be true or false");
      }
      JsonNode root = settings.path("departmentRootGroup");
      if (!root.isMissingNode() && !root.isNull() && !realm.groupPaths().contains(root.asText())) {
        problems.add("$.settings.departmentRootGroup: unknown group " + root.asText());
      }
    }

    private void permissions(JsonNode permissions) {
      for (int i = 0; i < permissions.size(); i++) {
        JsonNode permission = permissions.get(i);
        String at = "$.permissions[" + i + "]";
        onlyFields(permission, at, PERMISSION_FIELDS);
        String key = permission.path("key").asText("");
        if (!Keys.isValidPermissionKey(key)) {
          problems.add(at + ".key: " + key + " must match " + Keys.PERMISSION_KEY.pattern());
        }
        if (PermissionCatalog.isBuiltIn(key)) {
          problems.add(at + ".key: " + key + " is built in, never listed");
        }
        PermissionKind kind =
            switch (permission.path("kind").asText("")) {
              case "scoped" -> PermissionKind.SCOPED;
              case "boolean" -> PermissionKind.BOOLEAN;
              default -> null;
            };
        if (kind == null) {
          problems.add(at + ".kind: must be scoped or boolean");
        } else if (custom.put(key, kind) != null) {
          problems.add(at + ".key: " + key + " appears twice");
        }
      }
    }

    private void node(JsonNode node, String at, String parentType) {
      onlyFields(node, at, NODE_FIELDS);
      String key = node.path("key").asText("");
      String type = node.path("type").asText("");
      if (!Keys.isValidKey(key)) {
        problems.add(at + ".key: " + key + " must match " + Keys.NODE_KEY.pattern());
      }
      String name = node.path("name").asText("");
      if (name.isEmpty() || name.length() > 255) {
        problems.add(at + ".name: 1 to 255 characters");
      }
      if ("location".equals(type)) {
        if (node.has("channel")) {
          problems.add(at + ".channel: a location has no channel");
        }
        if ("inbox".equals(parentType)) {
          problems.add(at + ".type: a location cannot sit below an inbox");
        }
      } else if ("inbox".equals(type)) {
        if (!Channel.isValid(node.path("channel").asText(null))) {
          problems.add(at + ".channel: not a channel: " + node.path("channel").asText(""));
        }
      } else {
        problems.add(at + ".type: must be location or inbox");
      }
      if (nodes.put(key, type) != null) {
        problems.add(at + ".key: " + key + " appears twice in the tree");
      }
      Iterator<Map.Entry<String, JsonNode>> attributes = node.path("attributes").fields();
      while (attributes.hasNext()) {
        if (!attributes.next().getValue().isTextual()) {
          problems.add(at + ".attributes: values are strings");
        }
      }
      JsonNode children = node.path("children");
      for (int i = 0; i < children.size(); i++) {
        node(children.get(i), at + ".children[" + i + "]", type);
      }
    }

    private void licenses(JsonNode licenses) {
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < licenses.size(); i++) {
        JsonNode license = licenses.get(i);
        String at = "$.licenses[" + i + "]";
        onlyFields(license, at, LICENSE_FIELDS);
        String key = license.path("key").asText("");
        if (!Keys.isValidKey(key)) {
          problems.add(at + ".key: " + key + " must match " + Keys.NODE_KEY.pattern());
        }
        if (!keys.add(key)) {
          problems.add(at + ".key: " + key + " appears twice");
        }
        if (license.path("name").asText("").isEmpty()) {
          problems.add(at + ".name: required");
        }
        Set<String> channels = new HashSet<>();
        for (JsonNode channel : license.path("channels")) {
          if (!Channel.isValid(channel.asText(null))) {
            problems.add(at + ".channels: not a channel: " + channel.asText());
          } else if (!channels.add(channel.asText())) {
            problems.add(at + ".channels: " + channel.asText() + " appears twice");
          }
        }
        JsonNode holders = license.path("holders");
        Set<String> seen = new HashSet<>();
        for (int h = 0; h < holders.size(); h++) {
          String username = holders.get(h).asText("");
          if (!realm.usernames().contains(username)) {
            problems.add(at + ".holders[" + h + "]: unknown user " + username);
          }
          if (!seen.add(username)) {
            problems.add(at + ".holders[" + h + "]: " + username + " holds it twice");
          }
        }
        JsonNode seats = license.path("seats");
        if (!seats.isMissingNode() && !seats.isNull()) {
          if (!seats.isInt() || seats.asInt() < 0) {
            problems.add(at + ".seats: a number of seats, or null for unlimited");
          } else if (holders.size() > seats.asInt()) {
            problems.add(
                at + ".holders: " + holders.size() + " holders, only " + seats.asInt() + " seats");
          }
        }
      }
    }

    private void roles(JsonNode roleList) {
      for (int i = 0; i < roleList.size(); i++) {
        JsonNode role = roleList.get(i);
        String at = "$.roles[" + i + "]";
        onlyFields(role, at, ROLE_FIELDS);
        String key = role.path("key").asText("");
        if (!Keys.isValidKey(key)) {
          problems.add(at + ".key: " + key + " must match " + Keys.NODE_KEY.pattern());
        }
        if (role.path("name").asText("").isEmpty()) {
          problems.add(at + ".name: required");
        }
        JsonNode versions = role.path("versions");
        if (versions.isEmpty()) {
          problems.add(at + ".versions: at least one version");
        }
        if (roles.put(key, versions.size()) != null) {
          problems.add(at + ".key: " + key + " appears twice");
        }
        for (int v = 0; v < versions.size(); v++) {
          JsonNode version = versions.get(v);
          String vat = at + ".versions[" + v + "]";
          onlyFields(version, vat, VERSION_FIELDS);
          if (!version.path("requiresLicense").isBoolean()) {
            problems.add(vat + ".requiresLicense: must be true or false");
          }
          String mode = version.path("saveMode").asText("");
          if (!mode.equals("apply") && !mode.equals("new-only")) {
            problems.add(vat + ".saveMode: must be apply or new-only");
          }
          grants(version.path("grants"), vat + ".grants");
        }
      }
    }

    private void grants(JsonNode grants, String at) {
      if (!grants.isObject()) {
        problems.add(at + ": must be an object of permission to level");
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> entries = grants.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> grant = entries.next();
        String permission = grant.getKey();
        PermissionKind kind =
            PermissionCatalog.builtIn()
                .find(permission)
                .map(p -> p.kind())
                .orElse(custom.get(permission));
        if (kind == null) {
          problems.add(at + "." + permission + ": neither built in nor declared in permissions");
          continue;
        }
        Level level = Level.fromWireName(grant.getValue().asText(null)).orElse(null);
        if (level == null) {
          problems.add(at + "." + permission + ": not a level: " + grant.getValue());
        } else if (!kind.allows(level)) {
          problems.add(
              at + "." + permission + ": " + level.wireName() + " is not a level of a " + kind);
        }
      }
    }

    private void assignments(JsonNode assignments) {
      Set<JsonNode> seen = new HashSet<>();
      for (int i = 0; i < assignments.size(); i++) {
        JsonNode assignment = assignments.get(i);
        String at = "$.assignments[" + i + "]";
        onlyFields(assignment, at, ASSIGNMENT_FIELDS);
        if (!seen.add(assignment)) {
          problems.add(at + ": the same assignment appears twice");
        }
        subject(assignment, at);
        boolean hasRole = assignment.has("role");
        if (hasRole == assignment.has("grants")) {
          problems.add(at + ": needs either role or grants");
        }
        if (hasRole) {
          String role = assignment.get("role").asText("");
          Integer versions = roles.get(role);
          if (versions == null) {
            problems.add(at + ".role: unknown role " + role);
          } else if (assignment.has("version")) {
            JsonNode version = assignment.get("version");
            if (!version.isInt() || version.asInt() < 1 || version.asInt() > versions) {
              problems.add(at + ".version: role " + role + " has versions 1 to " + versions);
            }
          }
        } else {
          if (assignment.has("version")) {
            problems.add(at + ".version: only with a role");
          }
          if (assignment.path("grants").isEmpty()) {
            problems.add(at + ".grants: at least one grant");
          }
          grants(assignment.path("grants"), at + ".grants");
        }
        if (assignment.has("scope")) {
          scope(assignment.get("scope"), at + ".scope");
        }
        String source = assignment.path("source").asText("document");
        if (!source.equals("document")
            && !source.equals("manual")
            && !(source.startsWith("idp:") && source.length() > 4)) {
          problems.add(at + ".source: document, manual or idp:<alias>");
        }
      }
    }

    private void subject(JsonNode assignment, String at) {
      List<String> subjects = SUBJECTS.stream().filter(assignment::has).toList();
      if (subjects.size() != 1) {
        problems.add(at + ": needs exactly one of user, group, realmRole, clientRole");
        return;
      }
      JsonNode value = assignment.get(subjects.get(0));
      switch (subjects.get(0)) {
        case "user" -> {
          if (!realm.usernames().contains(value.asText())) {
            problems.add(at + ".user: unknown user " + value.asText());
          }
        }
        case "group" -> {
          if (!realm.groupPaths().contains(value.asText())) {
            problems.add(at + ".group: unknown group " + value.asText());
          }
        }
        case "realmRole" -> {
          if (!realm.realmRoles().contains(value.asText())) {
            problems.add(at + ".realmRole: unknown realm role " + value.asText());
          }
        }
        default -> {
          String client = value.path("client").asText("");
          String role = value.path("role").asText("");
          if (!realm.hasClientRole(client, role)) {
            problems.add(at + ".clientRole: unknown client role " + client + "/" + role);
          }
        }
      }
    }

    private void scope(JsonNode scope, String at) {
      boolean node = scope.has("node");
      boolean inboxes = scope.has("inboxes");
      onlyFields(scope, at, Set.of("node", "inboxes"));
      if (node == inboxes) {
        problems.add(at + ": either node or inboxes");
      }
      if (node && !nodes.containsKey(scope.get("node").asText())) {
        problems.add(at + ".node: unknown node " + scope.get("node").asText());
      }
      if (inboxes) {
        JsonNode list = scope.get("inboxes");
        if (list.isEmpty()) {
          problems.add(at + ".inboxes: at least one inbox");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
          String key = list.get(i).asText("");
          if (!"inbox".equals(nodes.get(key))) {
            problems.add(at + ".inboxes[" + i + "]: unknown inbox " + key);
          } else if (!seen.add(key)) {
            problems.add(at + ".inboxes[" + i + "]: " + key + " appears twice");
          }
        }
      }
    }

    private void onlyFields(JsonNode object, String at, Set<String> allowed) {
      Iterator<String> names = object.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!allowed.contains(name)) {
          problems.add(at + "." + name + ": unknown field");
        }
      }
    }
  }
}
