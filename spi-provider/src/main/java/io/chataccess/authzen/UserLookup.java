package io.chataccess.authzen;

import io.chataccess.policy.AuthzenMapping;
import io.chataccess.rest.UserReferences;
import io.chataccess.rules.Texts;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Finds the Keycloak user an AuthZEN identifier names: a subject of type {@code user} by id, then
 * username, then email, then the realm's subject attribute; a subject of type {@code client} by
 * client id, as its service account; and a resource's owner the way the resource type says.
 */
final class UserLookup {

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AuthzenMapping mapping;

  UserLookup(KeycloakSession session, RealmModel realm, AuthzenMapping mapping) {
    this.session = session;
    this.realm = realm;
    this.mapping = mapping;
  }

  /** The subject's user, or null for an unknown subject or subject type. */
  UserModel subject(Entity subject) {
    return switch (subject.type()) {
      case "user" -> {
        UserModel user = anyWay(subject.id());
        yield user == null || user.getServiceAccountClientLink() != null ? null : user;
      }
      case "client" -> serviceAccount(subject.id());
      default -> null;
    };
  }

  /** The user {@code name} names by {@code lookup} ({@link AuthzenMapping.ResourceType}). */
  UserModel owner(String name, String lookup) {
    if (name == null || !Texts.isReference(name)) {
      return null;
    }
    if (lookup == null) {
      return anyWay(name);
    }
    return switch (lookup) {
      case "id" -> UserReferences.byId(session, realm, name);
      case "username" -> UserReferences.byUsername(session, realm, name);
      case "email" -> session.users().getUserByEmail(realm, name);
      default -> lookup.startsWith("attribute:") ? byAttribute(lookup.substring(10), name) : null;
    };
  }

  private UserModel anyWay(String name) {
    if (!Texts.isReference(name)) {
      return null;
    }
    UserModel user = UserReferences.byId(session, realm, name);
    if (user == null) {
      user = UserReferences.byUsername(session, realm, name);
    }
    if (user == null && name.contains("@")) {
      user = session.users().getUserByEmail(realm, name);
    }
    if (user == null && mapping.subjectAttribute() != null) {
      user = byAttribute(mapping.subjectAttribute(), name);
    }
    return user;
  }

  private UserModel byAttribute(String attribute, String value) {
    return session
        .users()
        .searchForUserByUserAttributeStream(realm, attribute, value)
        .findFirst()
        .orElse(null);
  }

  private UserModel serviceAccount(String clientId) {
    if (!Texts.isReference(clientId)) {
      return null;
    }
    ClientModel client = realm.getClientByClientId(clientId);
    return client == null || !client.isServiceAccountsEnabled()
        ? null
        : session.users().getServiceAccount(client);
  }
}
