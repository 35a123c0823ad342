package io.chataccess.bench;

import io.chataccess.policy.Assignment;
import io.chataccess.policy.Channel;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.ChatRole;
import io.chataccess.policy.Grants;
import io.chataccess.policy.InboxTree;
import io.chataccess.policy.Level;
import io.chataccess.policy.Membership;
import io.chataccess.policy.NodeType;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;
import io.chataccess.policy.RoleVersion;
import io.chataccess.policy.Scope;
import io.chataccess.policy.Subject;
import io.chataccess.policy.TreeNode;
import io.chataccess.policy.UserContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A realm at the scale of issue 8, reproducible from a seed: 10,000 users, 200 groups in a
 * hierarchy (20 top groups of 9 subgroups each), 10 realm roles, 1,000 inboxes in 50 locations, 50
 * chat roles, 20,000 assignments (users, groups and realm roles; scoped to a location, chosen
 * inboxes or everything), license gating off. Also one supervisor assigned on every location.
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
  public static final String SUPERVISOR = "supervisor";

  private static final List<String> CHANNELS =
      List.of("web", "in_app", "whatsapp", "sms", "email", "messenger");

  private final ChatPolicy policy;
  private final Map<String, List<String>> groupsOfUser = new HashMap<>();
  private final Map<String, List<String>> realmRolesOfUser = new HashMap<>();
  private final Map<String, String> parentOfGroup = new HashMap<>();

  private ScaleRealm(long seed) {
    Random random = new Random(seed);
    List<TreeNode> nodes = new ArrayList<>();
    List<String> locationIds = new ArrayList<>();
    List<String> inboxIds = new ArrayList<>();
    for (int l = 0; l < LOCATIONS; l++) {
      String location = "loc-" + l;
      locationIds.add(location);
      nodes.add(new TreeNode(location, location, NodeType.LOCATION, null, null, location));
      for (int i = 0; i < INBOXES_PER_LOCATION; i++) {
        String inbox = location + "-in-" + i;
        inboxIds.add(inbox);
        Channel channel = Channel.of(CHANNELS.get(random.nextInt(CHANNELS.size())));
        nodes.add(new TreeNode(inbox, inbox, NodeType.INBOX, location, channel, inbox));
      }
    }
    List<String> groupIds = new ArrayList<>();
    for (int g = 0; g < TOP_GROUPS; g++) {
      String top = "group-" + g;
      groupIds.add(top);
      for (int s = 0; s < SUBGROUPS_EACH; s++) {
        String sub = top + "-" + s;
        groupIds.add(sub);
        parentOfGroup.put(sub, top);
      }
    }
    List<String> permissions =
        PermissionCatalog.builtIn().permissions().stream().map(Permission::key).toList();
    List<ChatRole> roles = new ArrayList<>();
    for (int r = 0; r < ROLES; r++) {
      roles.add(role("role-" + r, randomGrants(random, permissions)));
    }
    roles.add(role(SUPERVISOR + "-role", supervisorGrants(permissions)));
    List<Assignment> assignments = new ArrayList<>();
    for (int a = 0; a < ASSIGNMENTS; a++) {
      int kind = random.nextInt(100);
      Subject subject =
          kind < 75
              ? Subject.user("user-" + random.nextInt(USERS))
              : kind < 95
                  ? Subject.group(groupIds.get(random.nextInt(groupIds.size())))
                  : Subject.realmRole("realm-role-" + random.nextInt(REALM_ROLES));
      int where = random.nextInt(100);
      Scope scope =
          where < 60
              ? Scope.node(locationIds.get(random.nextInt(LOCATIONS)))
              : where < 95 ? Scope.inboxes(chooseInboxes(random, inboxIds)) : Scope.all();
      String roleId = "role-" + random.nextInt(ROLES);
      assignments.add(new Assignment("a-" + a, subject, roleId, null, null, scope, "document"));
    }
    for (String location : locationIds) {
      assignments.add(
          new Assignment(
              "sup-" + location,
              Subject.user(SUPERVISOR),
              SUPERVISOR + "-role",
              null,
              null,
              Scope.node(location),
              "document"));
    }
    for (int u = 0; u < USERS; u++) {
      String user = "user-" + u;
      List<String> groups = new ArrayList<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        groups.add(groupIds.get(random.nextInt(groupIds.size())));
      }
      groupsOfUser.put(user, groups);
      realmRolesOfUser.put(
          user,
          random.nextInt(4) == 0
              ? List.of("realm-role-" + random.nextInt(REALM_ROLES))
              : List.of());
    }
    policy =
        new ChatPolicy(
            PermissionCatalog.builtIn(),
            new InboxTree(nodes),
            roles,
            List.of(),
            assignments,
            false,
            1);
  }

  public static ScaleRealm generate(long seed) {
    return new ScaleRealm(seed);
  }

  public ChatPolicy policy() {
    return policy;
  }

  /** What the resolver knows of a user: itself, its groups with their parents, its realm roles. */
  public UserContext user(String userId) {
    Set<Membership> memberships = new LinkedHashSet<>();
    memberships.add(new Membership(Subject.user(userId), "the user itself"));
    for (String group : groupsOfUser.getOrDefault(userId, List.of())) {
      for (String g = group; g != null; g = parentOfGroup.get(g)) {
        memberships.add(new Membership(Subject.group(g), "member of " + group));
      }
    }
    for (String role : realmRolesOfUser.getOrDefault(userId, List.of())) {
      memberships.add(new Membership(Subject.realmRole(role), "role mapping"));
    }
    return new UserContext(userId, List.copyOf(memberships), Set.of(), false);
  }

  /** How many assignments reach the user through all its memberships. */
  public int assignmentCount(String userId) {
    int count = 0;
    for (Membership membership : user(userId).memberships()) {
      count += policy.assignmentsOf(membership.subject()).size();
    }
    return count;
  }

  /** The generated user with the most assignments reaching it (the heaviest to resolve). */
  public String heaviestUser() {
    String heaviest = null;
    int most = -1;
    for (int u = 0; u < USERS; u++) {
      String user = "user-" + u;
      int count = assignmentCount(user);
      if (count > most) {
        most = count;
        heaviest = user;
      }
    }
    return heaviest;
  }

  /** A typical agent: the generated user whose assignment count is the median. */
  public String typicalAgent() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int u = 0; u < USERS; u++) {
      String user = "user-" + u;
      counts.put(user, assignmentCount(user));
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.comparingByValue());
    return sorted.get(sorted.size() / 2).getKey();
  }

  private static Set<String> chooseInboxes(Random random, List<String> inboxIds) {
    Set<String> chosen = new LinkedHashSet<>();
    for (int n = 1 + random.nextInt(5); n > 0; n--) {
      chosen.add(inboxIds.get(random.nextInt(inboxIds.size())));
    }
    return chosen;
  }

  private static ChatRole role(String id, Grants grants) {
    return new ChatRole(id, id, id, List.of(new RoleVersion(1, grants, false)));
  }

  private static Grants randomGrants(Random random, List<String> permissions) {
    Map<String, Level> levels = new LinkedHashMap<>();
    for (String permission : permissions) {
      if (random.nextInt(3) == 0) {
        boolean flag =
            PermissionCatalog.builtIn().find(permission).orElseThrow().kind()
                == PermissionKind.BOOLEAN;
        levels.put(permission, flag ? Level.ALL : Level.values()[1 + random.nextInt(3)]);
      }
    }
    return Grants.of(levels);
  }

  private static Grants supervisorGrants(List<String> permissions) {
    Map<String, Level> levels = new LinkedHashMap<>();
    permissions.forEach(p -> levels.put(p, Level.ALL));
    return Grants.of(levels);
  }
}
