package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.config.ChatAccessDocument.Node;
import io.chataccess.policy.Channel;
import io.chataccess.policy.NodeType;
import io.chataccess.rules.Limits;
import io.chataccess.rules.NodeRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the document's {@code inboxes} tree, parents before children, with the API's node rules.
 */
final class TreeReader {

  private static final Set<String> FIELDS =
      Set.of("key", "type", "name", "channel", "attributes", "children");

  private final JsonFields json;
  private final List<Node> nodes = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  TreeReader(JsonFields json) {
    this.json = json;
  }

  List<Node> read(JsonNode array) {
    level(array, "$.inboxes", null, null, 1);
    json.errors()
        .check(nodes.size() <= Limits.NODES, "$.inboxes", "at most " + Limits.NODES + " nodes");
    return nodes;
  }

  private void level(
      JsonNode array, String path, String parentKey, NodeType parentType, int depth) {
    if (!NodeRules.depth(depth, path, json.errors())) {
      return;
    }
    json.each(
        array,
        path,
        Limits.NODES,
        (item, at) -> {
          json.unknownFields(item, at, FIELDS);
          String key = json.uniqueKey(item, at, keys, "is used twice in the tree");
          String name = json.name(item, at);
          String typeText = json.requiredText(item, "type", at);
          NodeType type =
              typeText == null ? null : NodeRules.type(typeText, at + ".type", json.errors());
          if (parentType != null) {
            NodeRules.placement(type, parentType, at + ".type", json.errors());
          }
          Channel channel =
              NodeRules.channel(
                  type, json.optionalText(item, "channel", at), at + ".channel", json.errors());
          Map<String, String> attributes =
              NodeRules.attributes(
                  json.textMap(item.get("attributes"), at + ".attributes"),
                  at + ".attributes",
                  json.errors());
          nodes.add(new Node(key, type, parentKey, channel, name, attributes));
          JsonNode children = item.get("children");
          if (children != null && !children.isNull()) {
            level(children, at + ".children", key, type, depth + 1);
          }
        });
  }
}
