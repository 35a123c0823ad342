package io.chataccess.authzen;

import io.chataccess.policy.EffectivePermissions;
import io.chataccess.policy.Level;
import io.chataccess.policy.TreeNode;
import java.util.List;

/**
 * What a resource stands for in the chat configuration: the node it lies in (an inbox, or a node
 * whose every inbox must allow), and for an object with an owner, the owner's user id ({@code ""}
 * when the owner is unknown: no one's own) and departments.
 */
record Target(TreeNode node, List<TreeNode> inboxes, Owner owner) {

  /** The owner of an object; {@code departments} null when not known. */
  record Owner(String userId, List<String> departments) {}

  /**
   * The subject's level for the permission here: the inbox's level, or for a location the lowest
   * level over its inboxes (a location with no inbox grants nothing).
   */
  Level level(EffectivePermissions effective, String permission) {
    Level lowest = null;
    for (TreeNode inbox : inboxes) {
      Level level = effective.level(permission, inbox.id());
      if (lowest == null || level.compareTo(lowest) < 0) {
        lowest = level;
      }
      if (lowest == Level.NONE) {
        break;
      }
    }
    return lowest == null ? Level.NONE : lowest;
  }

  /** The single inbox whose assignments explain the decision, or null for a location. */
  TreeNode singleInbox() {
    return inboxes.size() == 1 && inboxes.get(0).id().equals(node.id()) ? node : null;
  }
}
