package io.chataccess.policy;

import java.util.Set;

/**
 * Which inboxes a token covers: all of them, or only those on some channels and/or below some nodes
 * (a mapper limited to WhatsApp, or a token asked for with scope {@code chat:<node-key>}). Empty
 * sets do not limit.
 */
public record ClaimScope(Set<Channel> channels, Set<String> nodeIds) {

  private static final ClaimScope EVERYTHING = new ClaimScope(Set.of(), Set.of());

  public ClaimScope {
    channels = Set.copyOf(channels);
    nodeIds = Set.copyOf(nodeIds);
  }

  public static ClaimScope everything() {
    return EVERYTHING;
  }

  public boolean limitsNothing() {
    return channels.isEmpty() && nodeIds.isEmpty();
  }

  /** Whether the inbox is in this scope of {@code tree}. */
  public boolean includes(InboxTree tree, TreeNode inbox) {
    if (!channels.isEmpty() && !channels.contains(inbox.channel())) {
      return false;
    }
    if (nodeIds.isEmpty()) {
      return true;
    }
    for (String nodeId : nodeIds) {
      if (tree.contains(nodeId, inbox.id())) {
        return true;
      }
    }
    return false;
  }
}
