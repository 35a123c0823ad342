package io.chataccess.policy;

import java.util.List;

/**
 * Why a user has the level it has for one permission in one inbox: the resulting level and every
 * assignment whose scope covers the inbox and which grants the permission, including those that
 * were dropped (license not covering the inbox's channel, or the user suspended).
 */
public record Explanation(
    String permission,
    String inboxId,
    Level level,
    boolean suspended,
    List<Contribution> contributions) {

  public Explanation {
    contributions = List.copyOf(contributions);
  }

  /** Why a contribution does not count. */
  public enum Dropped {
    /** The grant needs a license covering the inbox's channel, and the user holds none. */
    LICENSE,
    /** The user is suspended: every chat permission is off. */
    SUSPENDED
  }

  /**
   * One assignment's part. {@code roleId}, {@code roleKey}, {@code roleName} and {@code version}
   * are null for inline grants; {@code dropped} is null when the contribution counts; {@code
   * winning} marks those that produced the resulting level.
   */
  public record Contribution(
      String assignmentId,
      String roleId,
      String roleKey,
      String roleName,
      Integer version,
      boolean pinned,
      Level level,
      Subject subject,
      String via,
      String scope,
      Dropped dropped,
      boolean winning) {}
}
