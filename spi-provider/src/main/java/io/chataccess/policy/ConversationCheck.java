package io.chataccess.policy;

import java.util.Collection;

/**
 * Whether a level lets a user act on one conversation: {@code all} on any, {@code department} on
 * the user's own and on those of users sharing one of its departments (department paths, compared
 * whole), {@code own} on its own. Without a conversation owner the question is only whether the
 * user has the permission at all.
 */
public final class ConversationCheck {

  /** The answer, with a reason a chat back-end can log. */
  public record Decision(boolean allowed, Level level, String reason) {}

  private ConversationCheck() {}

  public static Decision decide(
      Level level,
      String userId,
      Collection<String> userDepartments,
      String conversationOwner,
      Collection<String> ownerDepartments) {
    if (level == Level.NONE) {
      return new Decision(false, level, "no grant of this permission in this inbox");
    }
    if (conversationOwner == null) {
      return new Decision(true, level, "granted at level " + level.wireName());
    }
    boolean own = conversationOwner.equals(userId);
    return switch (level) {
      case ALL -> new Decision(true, level, "level all covers any conversation");
      case DEPARTMENT -> {
        if (own) {
          yield new Decision(true, level, "the user owns the conversation");
        }
        String shared =
            ownerDepartments == null
                ? null
                : ownerDepartments.stream()
                    .filter(d -> d != null && userDepartments.contains(d))
                    .findFirst()
                    .orElse(null);
        yield shared != null
            ? new Decision(
                true, level, "the owner shares the department " + shared + " with the user")
            : new Decision(false, level, "level department, and the owner shares no department");
      }
      case OWN ->
          own
              ? new Decision(true, level, "the user owns the conversation")
              : new Decision(false, level, "level own, and the conversation is someone else's");
      case NONE -> throw new IllegalStateException("handled above");
    };
  }
}
