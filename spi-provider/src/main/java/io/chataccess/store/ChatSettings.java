package io.chataccess.store;

/** A realm's chat settings. {@code revision} grows with every change of the realm's chat data. */
public record ChatSettings(String departmentRootGroupId, boolean licensesRequired, long revision) {

  public static ChatSettings defaults() {
    return new ChatSettings(null, true, 0);
  }
}
