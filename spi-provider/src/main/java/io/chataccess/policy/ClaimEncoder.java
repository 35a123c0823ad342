package io.chataccess.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns effective permissions into the compact {@link ChatClaim}: grants valid everywhere go to
 * {@code all}, every inbox with more than that points at one of the de-duplicated {@code sets}.
 * Pure and deterministic: inboxes in key order, sets in order of first use.
 */
public final class ClaimEncoder {

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
    Map<String, Grants> byKey = new TreeMap<>();
    for (Map.Entry<String, Grants> entry : effective.perInbox().entrySet()) {
      TreeNode inbox = tree.node(entry.getKey()).orElse(null);
      if (inbox != null && scope.includes(tree, inbox)) {
        byKey.put(inbox.key(), entry.getValue());
      }
    }
    Map<Grants, Integer> setIndex = new HashMap<>();
    List<Map<String, String>> sets = new ArrayList<>();
    Map<String, Integer> inboxes = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, Grants> entry : byKey.entrySet()) {
      if (inboxes.size() >= inboxLimit) {
        complete = false;
        break;
      }
      Integer index = setIndex.get(entry.getValue());
      if (index == null) {
        index = sets.size();
        setIndex.put(entry.getValue(), index);
        sets.add(wire(entry.getValue()));
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

  private static Map<String, String> wire(Grants grants) {
    Map<String, String> map = new LinkedHashMap<>();
    grants.asMap().forEach((permission, level) -> map.put(permission, level.wireName()));
    return map;
  }
}
