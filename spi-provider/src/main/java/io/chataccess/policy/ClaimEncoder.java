package io.chataccess.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns effective permissions into the compact {@link ChatClaim}: grants valid everywhere go to
 * {@code all}, every inbox with more than that points at one of the de-duplicated {@code sets}.
 * Pure and deterministic: inboxes in key order, sets in order of first use.
 */
public final class ClaimEncoder {

  /** Below one inbox in this many of the tree, a user's inboxes are sorted instead of walked. */
  private static final int SPARSE_FACTOR = 8;

  /**
   * Encodes with an inbox limit only.
   *
   * @see #encode(InboxTree, EffectivePermissions, ClaimScope, int, int, long, List, List)
   */
  public ChatClaim encode(
      InboxTree tree,
      EffectivePermissions effective,
      ClaimScope scope,
      int inboxLimit,
      long revision,
      List<String> licenses,
      List<String> departments) {
    return encode(
        tree, effective, scope, inboxLimit, Integer.MAX_VALUE, revision, licenses, departments);
  }

  /**
   * @param scope the inboxes the token covers
   * @param inboxLimit at most this many inboxes are listed; past it {@code complete} is false
   * @param byteLimit the claim's compact JSON stays within this many bytes: inboxes (and the sets
   *     they need) are listed in key order while they fit; past it {@code complete} is false
   * @param departments the user's departments, or null to leave them out of the claim
   */
  public ChatClaim encode(
      InboxTree tree,
      EffectivePermissions effective,
      ClaimScope scope,
      int inboxLimit,
      int byteLimit,
      long revision,
      List<String> licenses,
      List<String> departments) {
    List<String> sortedLicenses = licenses.stream().sorted().toList();
    List<String> sortedDepartments =
        departments == null ? null : departments.stream().sorted().toList();
    Map<String, String> all = wire(effective.everywhere());
    long budget =
        byteLimit == Integer.MAX_VALUE
            ? Long.MAX_VALUE
            : byteLimit
                - JsonSize.of(
                    new ChatClaim(
                            revision,
                            sortedLicenses,
                            sortedDepartments,
                            all,
                            List.of(),
                            Map.of(),
                            true)
                        .toJson());

    Map<Grants, Integer> setIndex = new HashMap<>();
    Map<Grants, Integer> setIndexByIdentity = new IdentityHashMap<>();
    List<Map<String, String>> sets = new ArrayList<>();
    Map<String, Integer> inboxes = new LinkedHashMap<>();
    boolean complete = true;
    int atMost = (int) Math.min(Integer.MAX_VALUE, inboxLimit + 1L);
    List<Map.Entry<String, Grants>> candidates = inKeyOrder(tree, effective, scope, atMost);
    for (int i = 0; i < candidates.size(); i++) {
      Map.Entry<String, Grants> entry = candidates.get(i);
      if (inboxes.size() >= inboxLimit) {
        complete = false;
        break;
      }
      Grants grants = entry.getValue();
      Integer index = setIndexByIdentity.get(grants);
      Map<String, String> newSet = null;
      if (index == null) {
        index = setIndex.get(grants);
        if (index == null) {
          index = sets.size();
          newSet = wire(grants);
        }
      }
      long cost =
          (inboxes.isEmpty() ? 0 : 1)
              + JsonSize.ofString(entry.getKey())
              + 1
              + JsonSize.of(index)
              + (newSet == null ? 0 : (sets.isEmpty() ? 0 : 1) + JsonSize.of(newSet));
      // unless this is the last inbox, keep a byte for "complete":false (one longer than true)
      boolean last = i == candidates.size() - 1 && candidates.size() <= inboxLimit;
      if (cost > budget - (last ? 0 : 1)) {
        complete = false;
        break;
      }
      budget -= cost;
      if (newSet != null) {
        setIndex.put(grants, index);
        sets.add(newSet);
      }
      setIndexByIdentity.put(grants, index);
      inboxes.put(entry.getKey(), index);
    }
    return new ChatClaim(revision, sortedLicenses, sortedDepartments, all, sets, inboxes, complete);
  }

  /**
   * The first {@code most} inboxes of the scope with grants, by inbox key, with their grants. A
   * user with grants on a large part of the tree is read in the tree's key order, stopping early;
   * one with grants on few inboxes is sorted (identical grants are mostly the same object, since
   * the resolver shares them).
   */
  private static List<Map.Entry<String, Grants>> inKeyOrder(
      InboxTree tree, EffectivePermissions effective, ClaimScope scope, int most) {
    Map<String, Grants> perInbox = effective.perInbox();
    List<Map.Entry<String, Grants>> result = new ArrayList<>();
    if (perInbox.size() * SPARSE_FACTOR < tree.inboxes().size()) {
      for (Map.Entry<String, Grants> entry : perInbox.entrySet()) {
        TreeNode inbox = tree.node(entry.getKey()).orElse(null);
        if (inbox != null && scope.includes(tree, inbox)) {
          result.add(Map.entry(inbox.key(), entry.getValue()));
        }
      }
      result.sort(Map.Entry.comparingByKey());
      return result.size() > most ? result.subList(0, most) : result;
    }
    List<TreeNode> inboxes = tree.inboxes();
    for (int rank = 0; rank < inboxes.size() && result.size() < most; rank++) {
      TreeNode inbox = inboxes.get(tree.inboxPositionInKeyOrder(rank));
      Grants grants = perInbox.get(inbox.id());
      if (grants != null && scope.includes(tree, inbox)) {
        result.add(Map.entry(inbox.key(), grants));
      }
    }
    return result;
  }

  private static Map<String, String> wire(Grants grants) {
    Map<String, String> map = new LinkedHashMap<>();
    grants.asMap().forEach((permission, level) -> map.put(permission, level.wireName()));
    return map;
  }
}
