package io.chataccess.admin;

import io.chataccess.policy.Channel;
import io.chataccess.policy.Keys;
import io.chataccess.policy.NodeType;
import io.chataccess.rest.FieldErrors;
import io.chataccess.rest.Texts;
import io.chataccess.store.StoredNode;
import java.util.Map;

/** Validates a node representation sent by a client and turns it into a stored node. */
final class NodeInput {

  static final int MAX_ATTRIBUTES = 50;

  private NodeInput() {}

  /** Field checks that need no database; the parent is checked by {@link InboxesResource}. */
  static StoredNode validate(NodeRepresentation rep, String id) {
    FieldErrors errors = new FieldErrors();
    key(rep.key(), errors);
    Texts.name(rep.name(), "name", errors);
    NodeType type = NodeType.fromWireName(rep.type()).orElse(null);
    errors.check(type != null, "type", "must be location or inbox");
    Channel channel = null;
    if (type == NodeType.INBOX) {
      if (errors.check(rep.channel() != null, "channel", "required for an inbox")) {
        channel = Channel.parse(rep.channel()).orElse(null);
        errors.check(
            channel != null,
            "channel",
            "must be one of " + String.join(", ", Channel.BUILT_IN) + " or custom:<name>");
      }
    } else if (type == NodeType.LOCATION) {
      errors.check(rep.channel() == null, "channel", "a location has no channel");
    }
    Map<String, String> attributes = rep.attributes() == null ? Map.of() : rep.attributes();
    errors.check(
        attributes.size() <= MAX_ATTRIBUTES,
        "attributes",
        "at most " + MAX_ATTRIBUTES + " entries");
    attributes.forEach(
        (name, value) -> {
          errors.check(
              !name.isEmpty() && name.length() <= 255 && Texts.isPrintable(name),
              "attributes." + name,
              "names are 1 to 255 printable characters");
          errors.check(
              value != null && value.length() <= 2048 && Texts.isPrintable(value),
              "attributes." + name,
              "values are up to 2048 printable characters");
        });
    errors.throwIfAny();
    return new StoredNode(
        id, rep.key(), type, blankToNull(rep.parentId()), channel, rep.name().strip(), attributes);
  }

  private static void key(String key, FieldErrors errors) {
    errors.check(Keys.isValidKey(key), "key", "must match " + Keys.NODE_KEY.pattern());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
