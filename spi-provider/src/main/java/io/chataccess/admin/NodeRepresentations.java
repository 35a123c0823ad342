package io.chataccess.admin;

import io.chataccess.domain.NodeTree;
import io.chataccess.store.StoredNode;
import java.util.TreeMap;

/** A stored node as the admin API shows it, with its path of keys in the tree. */
final class NodeRepresentations {

  private NodeRepresentations() {}

  static NodeRepresentation of(NodeTree tree, StoredNode node) {
    return new NodeRepresentation(
        node.id(),
        node.key(),
        node.name(),
        node.type().wireName(),
        node.parentId(),
        node.channel() == null ? null : node.channel().value(),
        new TreeMap<>(node.attributes()),
        tree.pathOf(node.id()));
  }
}
