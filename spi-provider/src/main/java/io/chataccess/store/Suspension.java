package io.chataccess.store;

/** Whether a user's chat permissions are switched off, and why. */
public record Suspension(boolean suspended, String reason, Long changedAt) {

  public static Suspension none() {
    return new Suspension(false, null, null);
  }
}
