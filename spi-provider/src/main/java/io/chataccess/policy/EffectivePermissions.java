package io.chataccess.policy;

import java.util.Map;

/**
 * The result of resolution for one user. {@link #everywhere()} holds grants that apply to every
 * inbox, present and future; {@link #perInbox()} holds, per inbox id, the grants that exceed them
 * there. Inboxes without such grants are absent from {@link #perInbox()}.
 */
public final class EffectivePermissions {

  public Grants everywhere() {
    throw new UnsupportedOperationException("to be implemented");
  }

  public Map<String, Grants> perInbox() {
    throw new UnsupportedOperationException("to be implemented");
  }

  /** {@code max(everywhere[p], perInbox[inbox][p])}. */
  public Level level(String permission, String inboxId) {
    throw new UnsupportedOperationException("to be implemented");
  }

  public boolean isEmpty() {
    throw new UnsupportedOperationException("to be implemented");
  }
}
