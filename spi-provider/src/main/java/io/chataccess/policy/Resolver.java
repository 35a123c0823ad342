package io.chataccess.policy;

/** Computes a user's effective chat permissions: the heart of the product. Stateless. */
public final class Resolver {

  public EffectivePermissions resolve(ChatPolicy policy, UserContext user) {
    throw new UnsupportedOperationException("to be implemented");
  }

  public Explanation explain(
      ChatPolicy policy, UserContext user, String permission, String inboxId) {
    throw new UnsupportedOperationException("to be implemented");
  }
}
