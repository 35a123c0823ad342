package io.chataccess.policy;

import java.util.Objects;

/**
 * A node of the inbox tree. Locations have no channel; inboxes always have one. {@code parentId} is
 * null for root nodes.
 */
public record TreeNode(
    String id, String key, NodeType type, String parentId, Channel channel, String name) {

  public TreeNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    if (type == NodeType.INBOX && channel == null) {
      throw new IllegalArgumentException("inbox " + key + " needs a channel");
    }
    if (type == NodeType.LOCATION && channel != null) {
      throw new IllegalArgumentException("location " + key + " has no channel");
    }
  }

  public boolean isInbox() {
    return type == NodeType.INBOX;
  }
}
