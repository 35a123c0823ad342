package io.chataccess.policy;

/** Keycloak realm roles the product defines in every realm. */
public final class RealmRoles {

  /** Held by chat back-ends (service accounts) that may ask {@code /check}. */
  public static final String CHECK = "chat-access-check";

  private RealmRoles() {}
}
