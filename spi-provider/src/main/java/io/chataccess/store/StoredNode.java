package io.chataccess.store;

import io.chataccess.policy.Channel;
import io.chataccess.policy.NodeType;
import io.chataccess.policy.TreeNode;
import java.util.Map;

/** A node of the inbox tree as stored. {@code id} is null for a node not yet created. */
public record StoredNode(
    String id,
    String key,
    NodeType type,
    String parentId,
    Channel channel,
    String name,
    Map<String, String> attributes) {

  public StoredNode {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  public TreeNode toTreeNode() {
    return new TreeNode(id, key, type, parentId, channel, name);
  }
}
