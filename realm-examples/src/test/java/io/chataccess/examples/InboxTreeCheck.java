package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.Channel;
import io.chataccess.policy.Keys;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a document's {@code inboxes}: the tree of locations and inboxes. */
final class InboxTreeCheck {

  private static final Set<String> NODE_FIELDS =
      Set.of("key", "type", "name", "channel", "attributes", "children");

  private final List<String> problems;

  /** Node key to its type ("location" or "inbox"). */
  private final Map<String, String> nodeTypes = new HashMap<>();

  private InboxTreeCheck(List<String> problems) {
    this.problems = problems;
  }

  /** Every node of the tree by key, with its type; the problems found go to {@code problems}. */
  static Map<String, String> nodeTypes(JsonNode inboxes, List<String> problems) {
    InboxTreeCheck check = new InboxTreeCheck(problems);
    for (int i = 0; i < inboxes.size(); i++) {
      check.node(inboxes.get(i), "$.inboxes[" + i + "]", null);
    }
    return check.nodeTypes;
  }

  private void node(JsonNode node, String at, String parentType) {
    JsonFields.onlyKnown(node, at, NODE_FIELDS, problems);
    String key = node.path("key").asText("");
    String type = node.path("type").asText("");
    if (!Keys.isValidKey(key)) {
      problems.add(at + ".key: " + key + " must match " + Keys.NODE_KEY.pattern());
    }
    String name = node.path("name").asText("");
    if (name.isEmpty() || name.length() > 255) {
      problems.add(at + ".name: 1 to 255 characters");
    }
    if ("location".equals(type)) {
      if (node.has("channel")) {
        problems.add(at + ".channel: a location has no channel");
      }
      if ("inbox".equals(parentType)) {
        problems.add(at + ".type: a location cannot sit below an inbox");
      }
    } else if ("inbox".equals(type)) {
      if (!Channel.isValid(node.path("channel").asText(null))) {
        problems.add(at + ".channel: not a channel: " + node.path("channel").asText(""));
      }
    } else {
      problems.add(at + ".type: must be location or inbox");
    }
    if (nodeTypes.put(key, type) != null) {
      problems.add(at + ".key: " + key + " appears twice in the tree");
    }
    Iterator<Map.Entry<String, JsonNode>> attributes = node.path("attributes").fields();
    while (attributes.hasNext()) {
      if (!attributes.next().getValue().isTextual()) {
        problems.add(at + ".attributes: values are strings");
      }
    }
    JsonNode children = node.path("children");
    for (int i = 0; i < children.size(); i++) {
      node(children.get(i), at + ".children[" + i + "]", type);
    }
  }
}
