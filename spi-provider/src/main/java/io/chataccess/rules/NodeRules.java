package io.chataccess.rules;

import io.chataccess.policy.Channel;
import io.chataccess.policy.NodeType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of an inbox tree node, as the API and the document give them. */
public final class NodeRules {

  private NodeRules() {}

  /** The node's type; null (and an error) when it is not one. */
  public static NodeType type(String value, String field, FieldErrors errors) {
    NodeType type = value == null ? null : NodeType.fromWireName(value).orElse(null);
    errors.check(type != null, field, "must be location or inbox");
    return type;
  }

  /** An inbox needs a channel, a location has none; null for a location or an invalid one. */
  public static Channel channel(NodeType type, String value, String field, FieldErrors errors) {
    if (type == NodeType.LOCATION) {
      errors.check(value == null, field, "a location has no channel");
      return null;
    }
    if (type != NodeType.INBOX || !errors.check(value != null, field, "required for an inbox")) {
      return null;
    }
    Channel channel = Channel.parse(value).orElse(null);
    errors.check(channel != null, field, "must be " + Channel.EXPECTED);
    return channel;
  }

  /** Where a node may sit: a location never under an inbox. */
  public static void placement(
      NodeType type, NodeType parentType, String field, FieldErrors errors) {
    errors.check(
        !(type == NodeType.LOCATION && parentType == NodeType.INBOX),
        field,
        "a location cannot sit under an inbox");
  }

  /** A node at {@code depth} (a root is at 1) fits the tree's depth limit. */
  public static boolean depth(int depth, String field, FieldErrors errors) {
    return errors.check(
        depth <= Limits.TREE_DEPTH, field, "the tree is deeper than " + Limits.TREE_DEPTH);
  }

  /** Attributes: at most {@link Limits#ATTRIBUTES}, names and values printable and bounded. */
  public static Map<String, String> attributes(
      Map<String, String> given, String field, FieldErrors errors) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (given == null) {
      return attributes;
    }
    errors.check(
        given.size() <= Limits.ATTRIBUTES, field, "at most " + Limits.ATTRIBUTES + " entries");
    given.forEach(
        (name, value) -> {
          String at = field + "." + FieldErrors.inPath(name);
          boolean validName =
              errors.check(
                  name != null
                      && !name.isEmpty()
                      && name.length() <= Limits.ATTRIBUTE_NAME_CHARS
                      && Texts.isPrintable(name),
                  at,
                  "names are 1 to " + Limits.ATTRIBUTE_NAME_CHARS + " printable characters");
          boolean validValue =
              errors.check(
                  value != null
                      && value.length() <= Limits.ATTRIBUTE_VALUE_CHARS
                      && Texts.isPrintable(value),
                  at,
                  "values are strings of up to "
                      + Limits.ATTRIBUTE_VALUE_CHARS
                      + " printable characters");
          if (validName && validValue) {
            attributes.put(name, value);
          }
        });
    return attributes;
  }
}
