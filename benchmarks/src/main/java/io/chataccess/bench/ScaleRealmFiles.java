package io.chataccess.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.policy.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the generated realm as a real Keycloak takes it: {@code scale-realm.json} (groups, realm
 * roles, users; passwords only for the users named, since hashing 10,000 passwords would dominate
 * the import) and {@code scale.chat-access.json}, the chat-access document with the tree, the roles
 * and every assignment, for the document import.
 *
 * <p>Run: {@code java -cp ... io.chataccess.bench.ScaleRealmFiles <dir> <password> [usernames]}.
 */
public final class ScaleRealmFiles {

  public static final String REALM = "scale";
  public static final int SAMPLE_AGENTS = 100;

  private final ScaleRealm realm;
  private final ObjectMapper json = new ObjectMapper();

  public ScaleRealmFiles(ScaleRealm realm) {
    this.realm = realm;
  }

  /**
   * Writes both files into the folder given as first argument, plus {@code bench-users.properties}
   * naming the users to measure ({@code typical}, {@code supervisor}, {@code heaviest}, and {@code
   * sample}: the first {@value #SAMPLE_AGENTS} agents); those users get the password given as
   * second argument.
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    ScaleRealm realm = ScaleRealm.generate(ScaleRealmSeed.SEED);
    ScalePolicy policy = new ScalePolicy(realm);
    Map<String, String> measured = new LinkedHashMap<>();
    measured.put("typical", policy.typicalAgent());
    measured.put("supervisor", ScaleRealm.SUPERVISOR);
    measured.put("heaviest", policy.heaviestUser());
    List<String> sample = new ArrayList<>();
    realm.users().stream().limit(SAMPLE_AGENTS).forEach(user -> sample.add(user.username()));
    measured.put("sample", String.join(",", sample));
    Set<String> withPassword = new LinkedHashSet<>(sample);
    withPassword.addAll(
        List.of(measured.get("typical"), measured.get("heaviest"), ScaleRealm.SUPERVISOR));
    new ScaleRealmFiles(realm).write(dir, args[1], withPassword);
    StringBuilder properties = new StringBuilder("# the users the benchmarks measure\n");
    measured.forEach(
        (name, users) -> properties.append(name).append('=').append(users).append('\n'));
    Files.writeString(dir.resolve("bench-users.properties"), properties);
  }

  public void write(Path dir, String password, Set<String> usersWithPassword) throws IOException {
    Files.createDirectories(dir);
    json.writeValue(
        dir.resolve(REALM + "-realm.json").toFile(), realmJson(password, usersWithPassword));
    json.writeValue(dir.resolve(REALM + ".chat-access.json").toFile(), document());
  }

  /** The Keycloak realm: groups, realm roles and users (the supervisor included). */
  public ObjectNode realmJson(String password, Set<String> usersWithPassword) {
    ObjectNode root = json.createObjectNode();
    root.put("realm", REALM);
    root.put("enabled", true);
    ArrayNode realmRoles = root.putObject("roles").putArray("realm");
    ScaleRealm.realmRoleNames().forEach(name -> realmRoles.addObject().put("name", name));
    ArrayNode groups = root.putArray("groups");
    Map<String, ArrayNode> subGroupsOf = new LinkedHashMap<>();
    for (String path : realm.groupPaths()) {
      int slash = path.lastIndexOf('/');
      String name = path.substring(slash + 1);
      ArrayNode siblings = slash == 0 ? groups : subGroupsOf.get(path.substring(0, slash));
      ObjectNode group = siblings.addObject().put("name", name);
      subGroupsOf.put(path, group.putArray("subGroups"));
    }
    ArrayNode users = root.putArray("users");
    for (ScaleRealm.User user : realm.users()) {
      addUser(users, user, password, usersWithPassword);
    }
    addUser(
        users,
        new ScaleRealm.User(ScaleRealm.SUPERVISOR, List.of(), List.of()),
        password,
        usersWithPassword);
    return root;
  }

  /** The chat-access document: licenses off, the tree, the roles and every assignment. */
  public ObjectNode document() {
    ObjectNode root = json.createObjectNode();
    root.put("format", 1);
    root.putObject("settings").put("licensesRequired", false);
    ArrayNode inboxes = root.putArray("inboxes");
    Map<String, ArrayNode> childrenOf = new LinkedHashMap<>();
    for (ScaleRealm.Node node : realm.nodes()) {
      if (node.isInbox()) {
        childrenOf
            .get(node.parentKey())
            .addObject()
            .put("key", node.key())
            .put("type", "inbox")
            .put("channel", node.channel())
            .put("name", "Inbox " + node.key());
      } else {
        ObjectNode location =
            inboxes
                .addObject()
                .put("key", node.key())
                .put("type", "location")
                .put("name", "Location " + node.key());
        childrenOf.put(node.key(), location.putArray("children"));
      }
    }
    ArrayNode roles = root.putArray("roles");
    realm
        .roles()
        .forEach(
            (key, levels) -> {
              ObjectNode role = roles.addObject().put("key", key).put("name", "Role " + key);
              ObjectNode version =
                  role.putArray("versions")
                      .addObject()
                      .put("requiresLicense", false)
                      .put("saveMode", "apply");
              ObjectNode grants = version.putObject("grants");
              levels.forEach((permission, level) -> grants.put(permission, levelName(level)));
            });
    ArrayNode assignments = root.putArray("assignments");
    for (ScaleRealm.Grant grant : realm.grants()) {
      ObjectNode assignment = assignments.addObject();
      switch (grant.subjectKind()) {
        case USER -> assignment.put("user", grant.subject());
        case GROUP -> assignment.put("group", grant.subject());
        case REALM_ROLE -> assignment.put("realmRole", grant.subject());
      }
      assignment.put("role", grant.role());
      if (grant.node() != null) {
        assignment.putObject("scope").put("node", grant.node());
      } else if (!grant.inboxes().isEmpty()) {
        ArrayNode chosen = assignment.putObject("scope").putArray("inboxes");
        grant.inboxes().forEach(chosen::add);
      }
    }
    return root;
  }

  private static String levelName(Level level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  private static void addUser(
      ArrayNode users, ScaleRealm.User user, String password, Set<String> usersWithPassword) {
    ObjectNode node =
        users
            .addObject()
            .put("username", user.username())
            .put("enabled", true)
            .put("email", user.username() + "@scale.example")
            .put("emailVerified", true)
            .put("firstName", "First")
            .put("lastName", user.username());
    ArrayNode groups = node.putArray("groups");
    user.groupPaths().forEach(groups::add);
    ArrayNode roles = node.putArray("realmRoles");
    user.realmRoles().forEach(roles::add);
    if (usersWithPassword.contains(user.username())) {
      node.putArray("credentials")
          .addObject()
          .put("type", "password")
          .put("value", password)
          .put("temporary", false);
    }
  }
}
