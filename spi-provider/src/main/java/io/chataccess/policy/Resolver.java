package io.chataccess.policy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a user's effective chat permissions: the heart of the product. Stateless and free of
 * I/O; one instance can serve every thread.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>A suspended user has no permission at all, whatever is assigned.
 *   <li>The user's assignments are those given to any of its {@link UserContext#memberships()}
 *       subjects; an assignment reached through several memberships counts once.
 *   <li>A role assignment uses its pinned version when that version exists, otherwise the role's
 *       current version; an assignment of an unknown role contributes nothing. Inline grants are
 *       used as they are.
 *   <li>Permissions unknown to the catalog are ignored. A level the permission's kind does not
 *       allow is raised to the next allowed one: for a boolean permission any level above {@code
 *       none} means {@code all}.
 *   <li>Scopes expand over the tree: {@code all} is every inbox, present and future; a node is
 *       every inbox at or below it (nothing for an unknown node); an inbox list keeps the ids that
 *       are inboxes of the tree.
 *   <li>Grants of a role version that requires a license, and every inline grant, apply only to
 *       inboxes whose channel one of the user's licenses covers.
 *   <li>Per inbox and permission the highest level wins; nothing is ever taken away, except:
 *   <li>A permission that requires another is at most the prerequisite's level in the inbox ({@link
 *       Prerequisites}).
 * </ol>
 *
 * <p>{@link EffectivePermissions#everywhere()} receives the {@code all}-scoped grants that are not
 * gated, or gated while the user holds a license covering every channel. An {@code all}-scoped
 * gated grant under a license covering only some channels is expanded over the current inboxes of
 * those channels instead.
 */
public final class Resolver {

  /** Resolves the effective permissions of {@code user} under {@code policy}. */
  public EffectivePermissions resolve(ChatPolicy policy, UserContext user) {
    if (user.suspended()) {
      return EffectivePermissions.empty();
    }
    List<ResolvedAssignment> assignments = AssignmentCollector.collect(policy, user);
    if (assignments.isEmpty()) {
      return EffectivePermissions.empty();
    }
    LicenseCoverage coverage = LicenseCoverage.of(policy, user);

    Grants everywhere = Grants.empty();
    for (ResolvedAssignment a : assignments) {
      if (appliesEverywhere(a, coverage)) {
        everywhere = everywhere.union(a.grants());
      }
    }

    InboxTree tree = policy.tree();
    Grants[] perInbox = null;
    boolean[] covered = null;
    for (ResolvedAssignment a : assignments) {
      if (appliesEverywhere(a, coverage) || (a.gated() && coverage.none())) {
        continue;
      }
      Grants extra = a.grants().exceeding(everywhere);
      if (extra.isEmpty()) {
        continue;
      }
      if (perInbox == null) {
        perInbox = new Grants[tree.inboxes().size()];
      }
      if (a.gated() && covered == null) {
        covered = coverage.mask(tree);
      }
      spread(new Merge(extra), a, tree, perInbox, a.gated() ? covered : null);
    }
    return Prerequisites.of(policy.catalog())
        .apply(EffectivePermissions.create(everywhere, collect(tree, perInbox)));
  }

  /**
   * Explains the level of {@code permission} for {@code user} in the inbox {@code inboxId}: which
   * assignments grant it there, through which membership, with which role version, and which of
   * them were dropped and why.
   */
  public Explanation explain(
      ChatPolicy policy, UserContext user, String permission, String inboxId) {
    return explainAt(policy, user, permission, inboxId, 0);
  }

  private Explanation explainAt(
      ChatPolicy policy, UserContext user, String permission, String inboxId, int depth) {
    InboxTree tree = policy.tree();
    int position = tree.inboxPosition(inboxId);
    if (position < 0 || !policy.catalog().contains(permission)) {
      return new Explanation(permission, inboxId, Level.NONE, user.suspended(), List.of(), null);
    }
    Channel channel = tree.inboxes().get(position).channel();
    LicenseCoverage coverage = LicenseCoverage.of(policy, user);

    List<ResolvedAssignment> granting = new ArrayList<>();
    List<Explanation.DropReason> reasons = new ArrayList<>();
    Level result = Level.NONE;
    for (ResolvedAssignment a : AssignmentCollector.collect(policy, user)) {
      Level level = a.grants().level(permission);
      if (level == Level.NONE || !ScopeReach.reaches(a.scope(), tree, inboxId)) {
        continue;
      }
      Explanation.DropReason reason = null;
      if (user.suspended()) {
        reason = Explanation.DropReason.SUSPENDED;
      } else if (a.gated() && !coverage.covers(channel)) {
        reason = Explanation.DropReason.LICENSE;
      } else {
        result = result.max(level);
      }
      granting.add(a);
      reasons.add(reason);
    }

    List<Explanation.Contribution> contributions = new ArrayList<>(granting.size());
    for (int i = 0; i < granting.size(); i++) {
      ResolvedAssignment a = granting.get(i);
      Explanation.DropReason reason = reasons.get(i);
      Level level = a.grants().level(permission);
      ChatRole role = a.role();
      contributions.add(
          new Explanation.Contribution(
              a.assignment().id(),
              a.assignment().source(),
              role == null ? null : role.id(),
              role == null ? null : role.key(),
              role == null ? null : role.name(),
              a.version() == null ? null : a.version().number(),
              a.pinned(),
              a.keptBack(),
              level,
              a.membership().subject(),
              a.membership().via(),
              ScopeText.of(a.scope(), tree),
              reason,
              reason == null && level == result));
    }
    return capped(
        policy,
        user,
        new Explanation(permission, inboxId, result, user.suspended(), contributions, null),
        depth);
  }

  /** The explanation with the permission's prerequisite applied, naming it when it bites. */
  private Explanation capped(ChatPolicy policy, UserContext user, Explanation uncapped, int depth) {
    String prerequisite = policy.catalog().prerequisiteOf(uncapped.permission()).orElse(null);
    if (prerequisite == null || uncapped.level() == Level.NONE) {
      return uncapped;
    }
    Level prerequisiteLevel =
        depth > policy.catalog().prerequisites().size()
            ? Level.NONE
            : explainAt(policy, user, prerequisite, uncapped.inboxId(), depth + 1).level();
    Level level =
        Prerequisites.of(policy.catalog())
            .capBy(uncapped.permission(), uncapped.level(), prerequisiteLevel);
    return level == uncapped.level()
        ? uncapped
        : new Explanation(
            uncapped.permission(),
            uncapped.inboxId(),
            level,
            uncapped.suspended(),
            uncapped.contributions(),
            new Explanation.Cap(prerequisite, prerequisiteLevel, uncapped.level()));
  }

  private static boolean appliesEverywhere(ResolvedAssignment a, LicenseCoverage coverage) {
    return a.scope() instanceof Scope.All && (!a.gated() || coverage.everyChannel());
  }

  /** Merges {@code merge}'s grants into every inbox position of the assignment's scope. */
  private static void spread(
      Merge merge, ResolvedAssignment a, InboxTree tree, Grants[] perInbox, boolean[] covered) {
    ScopeReach.forEachPosition(
        a.scope(), tree, position -> mergeAt(merge, tree, perInbox, covered, position));
  }

  private static void mergeAt(
      Merge merge, InboxTree tree, Grants[] perInbox, boolean[] covered, int position) {
    if (covered == null || covered[tree.channelIndexAt(position)]) {
      perInbox[position] = merge.into(perInbox[position]);
    }
  }

  private static Map<String, Grants> collect(InboxTree tree, Grants[] perInbox) {
    if (perInbox == null) {
      return Map.of();
    }
    int count = 0;
    for (Grants grants : perInbox) {
      if (grants != null) {
        count++;
      }
    }
    // Emitted in id order, so the map iterates sorted without a tree map's comparisons.
    Map<String, Grants> result = new LinkedHashMap<>(count * 4 / 3 + 1);
    List<TreeNode> inboxes = tree.inboxes();
    for (int rank = 0; rank < perInbox.length; rank++) {
      int position = tree.inboxPositionInIdOrder(rank);
      if (perInbox[position] != null) {
        result.put(inboxes.get(position).id(), perInbox[position]);
      }
    }
    return result;
  }

  /**
   * Unions one assignment's grants into inbox grants, remembering each result by the identity of
   * its input: inboxes that hold the same grants object share the merged one, so the number of
   * unions computed is the number of distinct grant sets, not the number of inboxes.
   */
  private static final class Merge {

    private final Grants grants;
    private Grants lastIn;
    private Grants lastOut;
    private Map<Grants, Grants> seen;

    Merge(Grants grants) {
      this.grants = grants;
    }

    Grants into(Grants current) {
      if (current == null) {
        return grants;
      }
      if (current == lastIn) {
        return lastOut;
      }
      if (seen == null) {
        seen = new IdentityHashMap<>();
      }
      Grants merged = seen.get(current);
      if (merged == null) {
        merged = current.union(grants);
        seen.put(current, merged);
      }
      lastIn = current;
      lastOut = merged;
      return merged;
    }
  }
}
