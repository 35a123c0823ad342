package io.chataccess.policy;

import java.util.Locale;
import java.util.Optional;

/** Who an assignment is given to. */
public enum SubjectType {
  USER,
  GROUP,
  REALM_ROLE,
  CLIENT_ROLE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<SubjectType> fromWireName(String value) {
    for (SubjectType type : values()) {
      if (type.wireName().equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
