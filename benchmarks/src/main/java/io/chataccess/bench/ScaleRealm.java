package io.chataccess.bench;

import io.chataccess.policy.Level;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A realm at the scale of issue 8, reproducible from a seed, described by names (usernames, group
 * paths, node and role keys) so that it can become both the policy of the pure code ({@link
 * ScalePolicy}) and the files a real Keycloak imports ({@link ScaleRealmFiles}).
 *
 * <p>The shape follows a contact centre: 50 locations of 20 inboxes; 20 regions (top groups) of 9
 * teams (subgroups), each team working a queue of 4 to 8 inboxes of one location; 10,000 agents,
 * each in one team (one in ten also in a second), one in twenty with a realm role; 10 agent roles
 * (3 to 6 chat permissions) and 40 broader roles (a third of the catalog). Of the 20,000
 * assignments, teams carry two (an agent role on the queue, another role on part of it), regions
 * one (a few overflow inboxes), realm roles two (everywhere, a location), 50 "power users" 40 to 80
 * each at random places (the heavy tail), and the rest go to agents: mostly an agent role on 1 to 3
 * inboxes of their own location, sometimes their whole location, rarely another location or
 * everything. Plus one supervisor on every location.
 */
public final class ScaleRealm {

  public static final int USERS = 10_000;
  public static final int TOP_GROUPS = 20;
  public static final int SUBGROUPS_EACH = 9;
  public static final int GROUPS = TOP_GROUPS * (1 + SUBGROUPS_EACH);
  public static final int REALM_ROLES = 10;
  public static final int LOCATIONS = 50;
  public static final int INBOXES_PER_LOCATION = 20;
  public static final int ROLES = 50;
  public static final int ASSIGNMENTS = 20_000;
  public static final int POWER_USERS = 50;
  public static final int AGENT_ROLES = 10;
  public static final String SUPERVISOR = "supervisor";
  public static final String SUPERVISOR_ROLE = "supervisor-role";

  private static final Set<String> AGENT_PERMISSIONS =
      Set.of(
          "chat.handle",
          "conversation.view",
          "conversation.join",
          "conversation.transfer",
          "transcript.view",
          "canned.use",
          "presence.use",
          "conversation.edit");

  private static final List<String> CHANNELS =
      List.of("web", "in_app", "whatsapp", "sms", "email", "messenger");

  /** An inbox tree node: a location (no channel, no parent) or an inbox. */
  public record Node(String key, String parentKey, String channel) {
    public boolean isInbox() {
      return channel != null;
    }
  }

  /** A user: username, group paths, realm role names. */
  public record User(String username, List<String> groupPaths, List<String> realmRoles) {}

  /** Who an assignment is for. */
  public enum SubjectKind {
    USER,
    GROUP,
    REALM_ROLE
  }

  /**
   * An assignment of a role: to a user (username), group (path) or realm role (name); scoped to
   * everything ({@code node} and {@code inboxes} empty), a node and below, or chosen inboxes.
   */
  public record Grant(
      SubjectKind subjectKind, String subject, String role, String node, Set<String> inboxes) {
    public boolean everywhere() {
      return node == null && inboxes.isEmpty();
    }
  }

  private final List<Node> nodes = new ArrayList<>();
  private final List<String> groupPaths = new ArrayList<>();
  private final Map<String, String> locationOfTeam = new LinkedHashMap<>();
  private final List<User> users = new ArrayList<>();
  private final Map<String, Map<String, Level>> roles = new LinkedHashMap<>();
  private final List<Grant> grants = new ArrayList<>();
  private final Random random;

  private ScaleRealm(long seed) {
    random = new Random(seed);
    generateTree();
    generateGroups();
    generateUsers();
    generateRoles();
    generateAssignments();
  }

  public static ScaleRealm generate(long seed) {
    return new ScaleRealm(seed);
  }

  public List<Node> nodes() {
    return nodes;
  }

  /** Group paths, every top group before its subgroups. */
  public List<String> groupPaths() {
    return groupPaths;
  }

  public List<User> users() {
    return users;
  }

  public List<Grant> grants() {
    return grants;
  }

  public static List<String> realmRoleNames() {
    List<String> names = new ArrayList<>();
    for (int r = 0; r < REALM_ROLES; r++) {
      names.add("realm-role-" + r);
    }
    return names;
  }

  /** Each role's levels by permission key: the 50 generated roles and the supervisor's. */
  public Map<String, Map<String, Level>> roles() {
    return roles;
  }

  private void generateTree() {
    for (int l = 0; l < LOCATIONS; l++) {
      String location = "loc-" + l;
      nodes.add(new Node(location, null, null));
      for (int i = 0; i < INBOXES_PER_LOCATION; i++) {
        nodes.add(
            new Node(
                location + "-in-" + i, location, CHANNELS.get(random.nextInt(CHANNELS.size()))));
      }
    }
  }

  private void generateGroups() {
    int team = 0;
    for (int g = 0; g < TOP_GROUPS; g++) {
      String region = "/region-" + g;
      groupPaths.add(region);
      for (int s = 0; s < SUBGROUPS_EACH; s++, team++) {
        String path = region + "/team-" + g + "-" + s;
        groupPaths.add(path);
        locationOfTeam.put(path, location(team % LOCATIONS));
      }
    }
  }

  /**
   * Agent roles: 3 to 6 of the agent's permissions; the others about a third of the catalog; at
   * random levels (boolean permissions at {@code all}). The supervisor has everything at {@code
   * all}.
   */
  private void generateRoles() {
    List<Permission> catalog = List.copyOf(PermissionCatalog.builtIn().permissions());
    List<Permission> agentPermissions =
        catalog.stream().filter(p -> AGENT_PERMISSIONS.contains(p.key())).toList();
    for (int r = 0; r < ROLES; r++) {
      List<Permission> chosen = new ArrayList<>();
      if (r < AGENT_ROLES) {
        List<Permission> shuffled = new ArrayList<>(agentPermissions);
        Collections.shuffle(shuffled, random);
        chosen.addAll(shuffled.subList(0, 3 + random.nextInt(4)));
      } else {
        catalog.stream().filter(p -> random.nextInt(3) == 0).forEach(chosen::add);
      }
      Map<String, Level> levels = new LinkedHashMap<>();
      for (Permission permission : chosen) {
        boolean flag = permission.kind() == PermissionKind.BOOLEAN;
        levels.put(permission.key(), flag ? Level.ALL : Level.values()[1 + random.nextInt(3)]);
      }
      roles.put("role-" + r, levels);
    }
    Map<String, Level> everything = new LinkedHashMap<>();
    catalog.forEach(permission -> everything.put(permission.key(), Level.ALL));
    roles.put(SUPERVISOR_ROLE, everything);
  }

  private void generateUsers() {
    List<String> teams = List.copyOf(locationOfTeam.keySet());
    for (int u = 0; u < USERS; u++) {
      List<String> groups = new ArrayList<>();
      groups.add(teams.get(random.nextInt(teams.size())));
      if (random.nextInt(10) == 0) {
        groups.add(teams.get(random.nextInt(teams.size())));
      }
      List<String> roles =
          random.nextInt(20) == 0
              ? List.of("realm-role-" + random.nextInt(REALM_ROLES))
              : List.of();
      users.add(new User("user-" + u, List.copyOf(new LinkedHashSet<>(groups)), roles));
    }
  }

  private void generateAssignments() {
    for (Map.Entry<String, String> team : locationOfTeam.entrySet()) {
      Set<String> queue = inboxesOf(team.getValue(), 4, 8);
      grants.add(group(team.getKey(), agentRole(), null, queue));
      grants.add(group(team.getKey(), anyRole(), null, firstOf(queue, 1 + random.nextInt(3))));
    }
    for (String path : groupPaths) {
      if (!locationOfTeam.containsKey(path)) {
        String firstTeam = path + "/team-" + path.substring("/region-".length()) + "-0";
        grants.add(group(path, agentRole(), null, inboxesOf(locationOfTeam.get(firstTeam), 2, 4)));
      }
    }
    for (String realmRole : realmRoleNames()) {
      grants.add(new Grant(SubjectKind.REALM_ROLE, realmRole, anyRole(), null, Set.of()));
      grants.add(
          new Grant(SubjectKind.REALM_ROLE, realmRole, anyRole(), randomLocation(), Set.of()));
    }
    for (int l = 0; l < LOCATIONS; l++) {
      grants.add(user(SUPERVISOR, SUPERVISOR_ROLE, location(l), Set.of()));
    }
    for (int p = 0; p < POWER_USERS; p++) {
      String username = users.get(random.nextInt(USERS)).username();
      for (int n = 40 + random.nextInt(41); n > 0; n--) {
        grants.add(powerUserGrant(username));
      }
    }
    while (grants.size() < ASSIGNMENTS) {
      User agent = users.get(random.nextInt(USERS));
      String home = locationOfTeam.get(agent.groupPaths().get(0));
      int where = random.nextInt(1000);
      if (where < 850) {
        grants.add(user(agent.username(), agentRole(), null, inboxesOf(home, 1, 3)));
      } else if (where < 970) {
        grants.add(user(agent.username(), anyRole(), home, Set.of()));
      } else if (where < 998) {
        grants.add(user(agent.username(), anyRole(), randomLocation(), Set.of()));
      } else {
        grants.add(user(agent.username(), anyRole(), null, Set.of()));
      }
    }
  }

  private Grant powerUserGrant(String username) {
    if (random.nextBoolean()) {
      return user(username, anyRole(), randomLocation(), Set.of());
    }
    return user(username, anyRole(), null, inboxesOf(randomLocation(), 1, 5));
  }

  /** Between {@code least} and {@code most} distinct inboxes of the location. */
  private Set<String> inboxesOf(String location, int least, int most) {
    int count = least + random.nextInt(most - least + 1);
    Set<String> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(location + "-in-" + random.nextInt(INBOXES_PER_LOCATION));
    }
    return chosen;
  }

  private static Set<String> firstOf(Set<String> inboxes, int count) {
    Set<String> first = new LinkedHashSet<>();
    for (String inbox : inboxes) {
      if (first.size() < count) {
        first.add(inbox);
      }
    }
    return first;
  }

  /** One of the {@value #AGENT_ROLES} agent roles: a few chat permissions. */
  private String agentRole() {
    return "role-" + random.nextInt(AGENT_ROLES);
  }

  /** Any of the 50 generated roles. */
  private String anyRole() {
    return "role-" + random.nextInt(ROLES);
  }

  private String randomLocation() {
    return location(random.nextInt(LOCATIONS));
  }

  private static String location(int index) {
    return "loc-" + index;
  }

  private static Grant user(String username, String role, String node, Set<String> inboxes) {
    return new Grant(SubjectKind.USER, username, role, node, inboxes);
  }

  private static Grant group(String path, String role, String node, Set<String> inboxes) {
    return new Grant(SubjectKind.GROUP, path, role, node, inboxes);
  }
}
