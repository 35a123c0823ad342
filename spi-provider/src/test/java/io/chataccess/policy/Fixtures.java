package io.chataccess.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Readable builders for policy tests. Node, role and license ids are derived from their keys
 * ({@code n-}, {@code r-}, {@code l-} prefixes) so tests can speak in keys.
 */
final class Fixtures {

  private Fixtures() {}

  static String nodeId(String key) {
    return "n-" + key;
  }

  static String roleId(String key) {
    return "r-" + key;
  }

  static String licenseId(String key) {
    return "l-" + key;
  }

  static TreeNode location(String key, String parentKey) {
    return new TreeNode(
        nodeId(key),
        key,
        NodeType.LOCATION,
        parentKey == null ? null : nodeId(parentKey),
        null,
        key);
  }

  static TreeNode inbox(String key, String parentKey, String channel) {
    return new TreeNode(
        nodeId(key),
        key,
        NodeType.INBOX,
        parentKey == null ? null : nodeId(parentKey),
        Channel.of(channel),
        key);
  }

  /** Grants from alternating permission keys and level wire names. */
  static Grants grants(String... permissionLevelPairs) {
    Map<String, Level> map = new LinkedHashMap<>();
    for (int i = 0; i < permissionLevelPairs.length; i += 2) {
      map.put(
          permissionLevelPairs[i], Level.fromWireName(permissionLevelPairs[i + 1]).orElseThrow());
    }
    return Grants.of(map);
  }

  /** Every permission of the built-in catalog at the highest level. */
  static Grants everything() {
    return Grants.of(
        PermissionCatalog.builtIn().permissions().stream()
            .collect(Collectors.toMap(Permission::key, p -> Level.ALL)));
  }

  static ChatRole role(String key, RoleVersion... versions) {
    return new ChatRole(
        roleId(key),
        key,
        key.substring(0, 1).toUpperCase() + key.substring(1),
        Arrays.asList(versions));
  }

  static ChatRole role(String key, boolean requiresLicense, Grants grants) {
    return role(key, new RoleVersion(1, grants, requiresLicense));
  }

  static LicenseType license(String key, String... channels) {
    return new LicenseType(
        licenseId(key),
        key,
        key,
        null,
        Arrays.stream(channels).map(Channel::of).collect(Collectors.toSet()));
  }

  static Scope onNode(String key) {
    return Scope.node(nodeId(key));
  }

  static Scope onInboxes(String... keys) {
    return Scope.inboxes(Arrays.stream(keys).map(Fixtures::nodeId).collect(Collectors.toSet()));
  }

  static Assignment assign(String id, Subject subject, String roleKey, Scope scope) {
    return new Assignment(id, subject, roleId(roleKey), null, null, scope, null);
  }

  static Assignment assignPinned(
      String id, Subject subject, String roleKey, int version, Scope scope) {
    return new Assignment(id, subject, roleId(roleKey), version, null, scope, null);
  }

  static Assignment assignInline(String id, Subject subject, Grants grants, Scope scope) {
    return new Assignment(id, subject, null, null, grants, scope, null);
  }

  /** A user who is itself plus the given memberships, holding the given license keys. */
  static UserContext user(String userId, Set<String> licenseKeys, Membership... memberships) {
    List<Membership> all = new ArrayList<>();
    all.add(new Membership(Subject.user(userId), "user"));
    all.addAll(Arrays.asList(memberships));
    return new UserContext(
        userId,
        all,
        licenseKeys.stream().map(Fixtures::licenseId).collect(Collectors.toSet()),
        false);
  }

  /** The user, kept on {@code version} of the role by a "new only" save. */
  static UserContext keptOn(UserContext user, String roleKey, int version) {
    java.util.Map<String, Integer> kept = new java.util.HashMap<>(user.keptVersions());
    kept.put(roleId(roleKey), version);
    return new UserContext(
        user.userId(), user.memberships(), user.licenseTypeIds(), user.suspended(), kept);
  }

  static UserContext suspended(UserContext user) {
    return new UserContext(
        user.userId(), user.memberships(), user.licenseTypeIds(), true, user.keptVersions());
  }

  static Membership memberOf(String groupPath) {
    return new Membership(Subject.group("g-" + groupPath), "member of " + groupPath);
  }

  static Membership hasRealmRole(String role) {
    return new Membership(Subject.realmRole("rr-" + role), "realm role " + role);
  }

  static Subject group(String groupPath) {
    return Subject.group("g-" + groupPath);
  }

  static Subject realmRole(String role) {
    return Subject.realmRole("rr-" + role);
  }

  /** Fluent builder of a {@link ChatPolicy} on the built-in catalog. */
  static PolicyBuilder policy() {
    return new PolicyBuilder();
  }

  static final class PolicyBuilder {
    private PermissionCatalog catalog = PermissionCatalog.builtIn();
    private final List<TreeNode> nodes = new ArrayList<>();
    private final List<ChatRole> roles = new ArrayList<>();
    private final List<LicenseType> licenses = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();

    PolicyBuilder catalog(PermissionCatalog catalog) {
      this.catalog = catalog;
      return this;
    }

    PolicyBuilder nodes(TreeNode... more) {
      nodes.addAll(Arrays.asList(more));
      return this;
    }

    PolicyBuilder nodes(List<TreeNode> more) {
      nodes.addAll(more);
      return this;
    }

    PolicyBuilder roles(ChatRole... more) {
      roles.addAll(Arrays.asList(more));
      return this;
    }

    PolicyBuilder licenses(LicenseType... more) {
      licenses.addAll(Arrays.asList(more));
      return this;
    }

    PolicyBuilder assignments(Assignment... more) {
      assignments.addAll(Arrays.asList(more));
      return this;
    }

    PolicyBuilder assignments(List<Assignment> more) {
      assignments.addAll(more);
      return this;
    }

    private boolean licensesRequired = true;

    PolicyBuilder licensesRequired(boolean required) {
      this.licensesRequired = required;
      return this;
    }

    ChatPolicy build() {
      return new ChatPolicy(
          catalog, new InboxTree(nodes), roles, licenses, assignments, licensesRequired, 0);
    }
  }
}
