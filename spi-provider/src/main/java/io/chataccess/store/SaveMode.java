package io.chataccess.store;

import java.util.Optional;

/** Who gets a new version of a chat role. */
public enum SaveMode {
  /** Every assignment follows the new version, pinned ones included. */
  APPLY("apply"),
  /**
   * Every user who holds the role now, by any path, stays at the version they had; users who gain
   * it later get the new version.
   */
  NEW_ONLY("new-only"),
  /** The first version of a role. */
  CREATED("created");

  private final String wireName;

  SaveMode(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<SaveMode> fromWireName(String value) {
    for (SaveMode mode : values()) {
      if (mode.wireName.equals(value)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
