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
   * @param scope the inboxes the token covers
   * @param inboxLimit at most this many inboxes are listed; past it {@code complete} is false
   * @param departments the user's departments, or null to leave them out of the claim
   */
  public ChatClaim encode(
      InboxTree tree,
      EffectivePermissions effective,
      ClaimScope scope,
      int inboxLimit,
      long revision,
      List<String> licenses,
      List<String> departments) {
    Map<Grants, Integer> setIndex = new HashMap<>();
    Map<Grants, Integer> setIndexByIdentity = new IdentityHashMap<>();
    List<Map<String, String>> sets = new ArrayList<>();
    Map<String, Integer> inboxes = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, Grants> entry : inKeyOrder(tree, effective, scope, inboxLimit + 1)) {
      if (inboxes.size() >= inboxLimit) {
        complete = false;
        break;
      }
      Grants grants = entry.getValue();
      Integer index = setIndexByIdentity.get(grants);
      if (index == null) {
        index = setIndex.get(grants);
        if (index == null) {
          index = sets.size();
          setIndex.put(grants, index);
          sets.add(wire(grants));
        }
        setIndexByIdentity.put(grants, index);
      }
      inboxes.put(entry.getKey(), index);
    }
    return new ChatClaim(
        revision,
        licenses.stream().sorted().toList(),
        departments == null ? null : departments.stream().sorted().toList(),
        wire(effective.everywhere()),
        sets,
        inboxes,
        complete);
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
