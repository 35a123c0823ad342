package io.chataccess.rest;

import io.chataccess.rules.Texts;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Finds the user a request names by id or by username, with the guards every entry point needs: a
 * text no user id or username can be (blank, too long, control characters) finds nobody instead of
 * reaching the user store.
 */
public final class UserReferences {

  private UserReferences() {}

  /** The user with this id, or null. */
  public static UserModel byId(KeycloakSession session, RealmModel realm, String id) {
    return Texts.isId(id) ? session.users().getUserById(realm, id) : null;
  }

  /** The user with this username (Keycloak compares usernames ignoring case), or null. */
  public static UserModel byUsername(KeycloakSession session, RealmModel realm, String username) {
    return Texts.isReference(username) ? session.users().getUserByUsername(realm, username) : null;
  }

  /** By {@code userId} when it is given, otherwise by {@code username}; null when not found. */
  public static UserModel byIdOrUsername(
      KeycloakSession session, RealmModel realm, String userId, String username) {
    return userId != null ? byId(session, realm, userId) : byUsername(session, realm, username);
  }
}
