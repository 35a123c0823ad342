package io.chataccess.bench;

import io.chataccess.policy.Assignment;
import io.chataccess.policy.Channel;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.ChatRole;
import io.chataccess.policy.Grants;
import io.chataccess.policy.InboxTree;
import io.chataccess.policy.Membership;
import io.chataccess.policy.NodeType;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.RoleVersion;
import io.chataccess.policy.Scope;
import io.chataccess.policy.Subject;
import io.chataccess.policy.TreeNode;
import io.chataccess.policy.UserContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generated realm as the pure code sees it: one {@link ChatPolicy} (license gating off) and the
 * {@link UserContext} of any user, ids being the generated names (usernames, group paths, keys), so
 * that results can be compared with a real server's by name.
 */
public final class ScalePolicy {

  private final ScaleRealm realm;
  private final ChatPolicy policy;
  private final Map<String, ScaleRealm.User> usersByName = new HashMap<>();

  public ScalePolicy(ScaleRealm realm) {
    this.realm = realm;
    realm.users().forEach(user -> usersByName.put(user.username(), user));
    usersByName.put(
        ScaleRealm.SUPERVISOR, new ScaleRealm.User(ScaleRealm.SUPERVISOR, List.of(), List.of()));
    policy =
        new ChatPolicy(
            PermissionCatalog.builtIn(), tree(), roles(), List.of(), assignments(), false, 1);
  }

  public ChatPolicy policy() {
    return policy;
  }

  /** The generated realm this policy was built from. */
  public ScaleRealm realm() {
    return realm;
  }

  /** What the resolver knows of a user: itself, its groups with their parents, its realm roles. */
  public UserContext user(String username) {
    ScaleRealm.User user = usersByName.get(username);
    Set<Membership> memberships = new LinkedHashSet<>();
    memberships.add(new Membership(Subject.user(username), "the user itself"));
    for (String path : user.groupPaths()) {
      for (String group = path; !group.isEmpty(); group = parentPath(group)) {
        memberships.add(new Membership(Subject.group(group), "member of " + path));
      }
    }
    for (String role : user.realmRoles()) {
      memberships.add(new Membership(Subject.realmRole(role), "role mapping"));
    }
    return new UserContext(username, List.copyOf(memberships), Set.of(), false);
  }

  /** How many assignments reach the user through all its memberships. */
  public int assignmentCount(String username) {
    int count = 0;
    for (Membership membership : user(username).memberships()) {
      count += policy.assignmentsOf(membership.subject()).size();
    }
    return count;
  }

  /** The generated user with the most assignments reaching it (the heaviest to resolve). */
  public String heaviestUser() {
    String heaviest = null;
    int most = -1;
    for (ScaleRealm.User user : realm.users()) {
      int count = assignmentCount(user.username());
      if (count > most) {
        most = count;
        heaviest = user.username();
      }
    }
    return heaviest;
  }

  /** A typical agent: the first generated user whose assignment count is the median. */
  public String typicalAgent() {
    List<Integer> counts = new ArrayList<>();
    realm.users().forEach(user -> counts.add(assignmentCount(user.username())));
    List<Integer> sorted = new ArrayList<>(counts);
    sorted.sort(null);
    int median = sorted.get(sorted.size() / 2);
    return realm.users().get(counts.indexOf(median)).username();
  }

  private static String parentPath(String path) {
    return path.substring(0, path.lastIndexOf('/'));
  }

  private InboxTree tree() {
    List<TreeNode> nodes = new ArrayList<>();
    for (ScaleRealm.Node node : realm.nodes()) {
      nodes.add(
          node.isInbox()
              ? new TreeNode(
                  node.key(),
                  node.key(),
                  NodeType.INBOX,
                  node.parentKey(),
                  Channel.of(node.channel()),
                  node.key())
              : new TreeNode(node.key(), node.key(), NodeType.LOCATION, null, null, node.key()));
    }
    return new InboxTree(nodes);
  }

  private List<ChatRole> roles() {
    List<ChatRole> roles = new ArrayList<>();
    realm
        .roles()
        .forEach(
            (key, levels) ->
                roles.add(
                    new ChatRole(
                        key, key, key, List.of(new RoleVersion(1, Grants.of(levels), false)))));
    return roles;
  }

  private List<Assignment> assignments() {
    List<Assignment> assignments = new ArrayList<>();
    int n = 0;
    for (ScaleRealm.Grant grant : realm.grants()) {
      Subject subject =
          switch (grant.subjectKind()) {
            case USER -> Subject.user(grant.subject());
            case GROUP -> Subject.group(grant.subject());
            case REALM_ROLE -> Subject.realmRole(grant.subject());
          };
      Scope scope =
          grant.everywhere()
              ? Scope.all()
              : grant.node() != null ? Scope.node(grant.node()) : Scope.inboxes(grant.inboxes());
      assignments.add(
          new Assignment("a-" + n++, subject, grant.role(), null, null, scope, "document"));
    }
    return assignments;
  }
}
