package io.chataccess.policy;

import java.util.Locale;
import java.util.Optional;

/** A node of the inbox tree is a location (grouping only) or an inbox (a conversation queue). */
public enum NodeType {
  LOCATION,
  INBOX;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<NodeType> fromWireName(String value) {
    for (NodeType type : values()) {
      if (type.wireName().equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
