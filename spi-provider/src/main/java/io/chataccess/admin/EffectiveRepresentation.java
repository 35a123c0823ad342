package io.chataccess.admin;

import java.util.List;
import java.util.Map;

/**
 * A user's effective chat permissions. {@code everywhere} applies to every inbox, present and
 * future; each inbox lists its complete grants ({@code everywhere} included).
 */
public record EffectiveRepresentation(
    String userId,
    String username,
    boolean suspended,
    List<String> licenses,
    Map<String, String> everywhere,
    List<InboxGrants> inboxes) {

  /** The grants of one inbox. */
  public record InboxGrants(String id, String key, String channel, Map<String, String> grants) {}
}
