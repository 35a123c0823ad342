package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Subject;
import io.chataccess.policy.SubjectType;
import io.chataccess.store.StoredAssignment;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.ModelToRepresentation;

/**
 * Translates between the names a document uses (usernames, group paths, role names) and the ids
 * chat data is stored with. Lookups are remembered for the length of one import or export.
 */
public final class RealmNames {

  private final KeycloakSession session;
  private final RealmModel realm;
  private final Map<String, String> userIds = new HashMap<>();
  private final Map<String, String> usernames = new HashMap<>();
  private final Map<String, Subject> subjects = new HashMap<>();

  public RealmNames(KeycloakSession session, RealmModel realm) {
    this.session = session;
    this.realm = realm;
  }

  /**
   * Looks up these users of Keycloak's database in a few queries, so that the lookups that follow
   * are answered from memory. Usernames not found (federated users) are looked up one by one.
   */
  void preloadUsernames(Collection<String> names) {
    List<String> unknown = names.stream().filter(n -> !userIds.containsKey(n)).distinct().toList();
    Map<String, String> found = new LocalUsers(session, realm).idsByUsername(unknown);
    for (String name : unknown) {
      String id = found.get(name.toLowerCase(Locale.ROOT));
      if (id != null) {
        userIds.put(name, id);
      }
    }
  }

  /**
   * The same for the users these stored assignments are given to, before their names are needed.
   */
  void preloadUsersOf(Collection<StoredAssignment> assignments) {
    preloadUserIds(
        assignments.stream()
            .map(StoredAssignment::subject)
            .filter(subject -> subject.type() == SubjectType.USER)
            .map(io.chataccess.policy.Subject::id)
            .toList());
  }

  private void preloadUserIds(Collection<String> ids) {
    List<String> unknown =
        ids.stream().filter(id -> !usernames.containsKey(id)).distinct().toList();
    usernames.putAll(new LocalUsers(session, realm).usernamesById(unknown));
  }

  /** The id of the user with this username, or null. */
  String userId(String username) {
    return userIds.computeIfAbsent(
        username,
        name -> {
          UserModel user = session.users().getUserByUsername(realm, name);
          return user == null ? null : user.getId();
        });
  }

  String username(String userId) {
    String known = usernames.get(userId);
    if (known != null) {
      return known;
    }
    UserModel user = session.users().getUserById(realm, userId);
    return user == null ? null : user.getUsername();
  }

  String groupId(String path) {
    GroupModel group = KeycloakModelUtils.findGroupByPath(session, realm, path);
    return group == null ? null : group.getId();
  }

  String groupPath(String groupId) {
    GroupModel group = session.groups().getGroupById(realm, groupId);
    return group == null ? null : ModelToRepresentation.buildGroupPath(group);
  }

  /**
   * The stored subject id of a document subject, or null when the realm has no such thing. The
   * admin API names subjects the same way (username, group path, role name).
   */
  public String subjectId(Subject subject) {
    return switch (subject.type()) {
      case USER -> userId(subject.name());
      case GROUP -> groupId(subject.name());
      case REALM_ROLE -> {
        RoleModel role = realm.getRole(subject.name());
        yield role == null ? null : role.getId();
      }
      case CLIENT_ROLE -> {
        ClientModel client = realm.getClientByClientId(subject.client());
        RoleModel role = client == null ? null : client.getRole(subject.name());
        yield role == null ? null : role.getId();
      }
    };
  }

  /** The client (internal id) owning a client role subject, else null. */
  String containerId(Subject subject) {
    if (subject.type() != SubjectType.CLIENT_ROLE) {
      return null;
    }
    ClientModel client = realm.getClientByClientId(subject.client());
    return client == null ? null : client.getId();
  }

  /** The document subject of a stored one, or null when it no longer exists. */
  Subject subject(io.chataccess.policy.Subject stored) {
    String cacheKey = stored.type() + ":" + stored.id();
    if (subjects.containsKey(cacheKey)) {
      return subjects.get(cacheKey);
    }
    Subject subject =
        switch (stored.type()) {
          case USER -> named(SubjectType.USER, username(stored.id()), null);
          case GROUP -> named(SubjectType.GROUP, groupPath(stored.id()), null);
          case REALM_ROLE, CLIENT_ROLE -> role(stored.id());
        };
    subjects.put(cacheKey, subject);
    return subject;
  }

  private Subject role(String roleId) {
    RoleModel role = realm.getRoleById(roleId);
    if (role == null) {
      return null;
    }
    if (role.isClientRole()) {
      ClientModel client = realm.getClientById(role.getContainerId());
      return client == null
          ? null
          : new Subject(SubjectType.CLIENT_ROLE, role.getName(), client.getClientId());
    }
    return new Subject(SubjectType.REALM_ROLE, role.getName(), null);
  }

  private static Subject named(SubjectType type, String name, String client) {
    return name == null ? null : new Subject(type, name, client);
  }
}
