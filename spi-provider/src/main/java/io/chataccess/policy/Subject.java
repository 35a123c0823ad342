package io.chataccess.policy;

import java.util.Objects;

/** A user, group, realm role or client role, by its Keycloak id. */
public record Subject(SubjectType type, String id) {

  public Subject {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  public static Subject user(String id) {
    return new Subject(SubjectType.USER, id);
  }

  public static Subject group(String id) {
    return new Subject(SubjectType.GROUP, id);
  }

  public static Subject realmRole(String id) {
    return new Subject(SubjectType.REALM_ROLE, id);
  }

  public static Subject clientRole(String id) {
    return new Subject(SubjectType.CLIENT_ROLE, id);
  }
}
