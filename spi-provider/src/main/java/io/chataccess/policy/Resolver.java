package io.chataccess.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes a user's effective chat permissions, the heart of the product: collect the assignments
 * reaching the user, take each role's effective version, expand scopes over the inbox tree, drop
 * license-gated grants on channels the user's licenses do not cover, and keep the highest level per
 * inbox and permission. Never subtractive, except that suspension removes everything. Stateless and
 * free of I/O.
 */
public final class Resolver {

  public EffectivePermissions resolve(ChatPolicy policy, UserContext user) {
    if (user.suspended()) {
      return EffectivePermissions.none();
    }
    LicenseCoverage coverage = LicenseCoverage.of(policy, user);
    List<ReachedAssignment> reached = AssignmentCollector.collect(policy, user);
    Grants everywhere = Grants.empty();
    for (ReachedAssignment a : reached) {
      if (a.assignment().scope() instanceof Scope.All && appliesEverywhere(a, coverage)) {
        everywhere = everywhere.union(a.grants());
      }
    }
    Map<String, Grants> perInbox = new HashMap<>();
    for (ReachedAssignment a : reached) {
      if (a.grants().isEmpty()
          || (a.assignment().scope() instanceof Scope.All && appliesEverywhere(a, coverage))) {
        continue;
      }
      Grants above = above(a.grants(), everywhere);
      if (above.isEmpty()) {
        continue;
      }
      for (TreeNode inbox : inboxesOf(policy.tree(), a.assignment().scope())) {
        if (!a.licenseGated() || coverage.covers(inbox.channel())) {
          perInbox.merge(inbox.id(), above, Grants::union);
        }
      }
    }
    return new EffectivePermissions(everywhere, perInbox);
  }

  public Explanation explain(
      ChatPolicy policy, UserContext user, String permission, String inboxId) {
    TreeNode inbox = policy.tree().node(inboxId).filter(TreeNode::isInbox).orElse(null);
    if (inbox == null) {
      return new Explanation(permission, inboxId, Level.NONE, user.suspended(), List.of());
    }
    LicenseCoverage coverage = LicenseCoverage.of(policy, user);
    List<ReachedAssignment> relevant = new ArrayList<>();
    for (ReachedAssignment a : AssignmentCollector.collect(policy, user)) {
      if (a.grants().level(permission) != Level.NONE && covers(policy.tree(), a, inbox)) {
        relevant.add(a);
      }
    }
    Level result = Level.NONE;
    for (ReachedAssignment a : relevant) {
      if (dropped(a, inbox, coverage, user) == null) {
        result = result.max(a.grants().level(permission));
      }
    }
    List<Explanation.Contribution> contributions = new ArrayList<>();
    for (ReachedAssignment a : relevant) {
      Explanation.Dropped dropped = dropped(a, inbox, coverage, user);
      Level level = a.grants().level(permission);
      contributions.add(
          new Explanation.Contribution(
              a.assignment().id(),
              a.role() == null ? null : a.role().id(),
              a.role() == null ? null : a.role().key(),
              a.role() == null ? null : a.role().name(),
              a.version() == null ? null : a.version().number(),
              a.pinned(),
              level,
              a.membership().subject(),
              a.membership().via(),
              describe(policy.tree(), a.assignment().scope()),
              dropped,
              dropped == null && level == result));
    }
    return new Explanation(permission, inboxId, result, user.suspended(), contributions);
  }

  private static boolean appliesEverywhere(ReachedAssignment a, LicenseCoverage coverage) {
    return !a.licenseGated() || coverage.coversEveryChannel();
  }

  /** The grants of {@code grants} whose level is higher than in {@code base}. */
  private static Grants above(Grants grants, Grants base) {
    if (base.isEmpty()) {
      return grants;
    }
    Map<String, Level> higher = new HashMap<>();
    grants
        .asMap()
        .forEach(
            (permission, level) -> {
              if (level.compareTo(base.level(permission)) > 0) {
                higher.put(permission, level);
              }
            });
    return higher.size() == grants.asMap().size() ? grants : Grants.of(higher);
  }

  private static List<TreeNode> inboxesOf(InboxTree tree, Scope scope) {
    if (scope instanceof Scope.Node node) {
      return tree.inboxesUnder(node.nodeId());
    }
    if (scope instanceof Scope.Inboxes inboxes) {
      List<TreeNode> listed = new ArrayList<>(inboxes.inboxIds().size());
      for (String id : inboxes.inboxIds()) {
        tree.node(id).filter(TreeNode::isInbox).ifPresent(listed::add);
      }
      return listed;
    }
    return tree.inboxes();
  }

  private static boolean covers(InboxTree tree, ReachedAssignment a, TreeNode inbox) {
    Scope scope = a.assignment().scope();
    if (scope instanceof Scope.Node node) {
      return tree.inboxesUnder(node.nodeId()).contains(inbox);
    }
    if (scope instanceof Scope.Inboxes inboxes) {
      return inboxes.inboxIds().contains(inbox.id());
    }
    return true;
  }

  private static Explanation.Dropped dropped(
      ReachedAssignment a, TreeNode inbox, LicenseCoverage coverage, UserContext user) {
    if (user.suspended()) {
      return Explanation.Dropped.SUSPENDED;
    }
    if (a.licenseGated() && !coverage.covers(inbox.channel())) {
      return Explanation.Dropped.LICENSE;
    }
    return null;
  }

  private static String describe(InboxTree tree, Scope scope) {
    if (scope instanceof Scope.Node node) {
      return "node " + String.join("/", tree.pathOf(node.nodeId())) + " and below";
    }
    if (scope instanceof Scope.Inboxes inboxes) {
      Set<String> keys =
          inboxes.inboxIds().stream()
              .map(id -> tree.node(id).map(TreeNode::key).orElse(id))
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      return "inboxes " + String.join(", ", keys);
    }
    return "all inboxes";
  }
}
