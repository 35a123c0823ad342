package io.chataccess.authzen;

import io.chataccess.policy.Subject;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The users who may hold what assignment subjects are given: a user; the members of a group and of
 * every group below it; the holders of a role directly, through a composite role that contains it,
 * or through a group (and the groups below it) that has one of those roles. A superset is harmless
 * (each candidate is decided afterwards); a user left out would be missing from a search.
 */
final class SubjectMembers {

  private final KeycloakSession session;
  private final RealmModel realm;

  SubjectMembers(KeycloakSession session, RealmModel realm) {
    this.session = session;
    this.realm = realm;
  }

  /** The candidates, by user id in id order. */
  Map<String, UserModel> of(Collection<Subject> subjects) {
    Map<String, UserModel> users = new TreeMap<>();
    Set<String> groupsSeen = new HashSet<>();
    for (Subject subject : subjects) {
      switch (subject.type()) {
        case USER -> {
          UserModel user = session.users().getUserById(realm, subject.id());
          if (user != null) {
            users.put(user.getId(), user);
          }
        }
        case GROUP -> {
          GroupModel group = realm.getGroupById(subject.id());
          if (group != null) {
            addMembers(group, users, groupsSeen);
          }
        }
        case REALM_ROLE, CLIENT_ROLE -> {
          RoleModel role = realm.getRoleById(subject.id());
          if (role != null) {
            addHolders(role, users, groupsSeen);
          }
        }
      }
    }
    return users;
  }

  private void addHolders(RoleModel role, Map<String, UserModel> users, Set<String> groupsSeen) {
    List<RoleModel> holding = rolesContaining(role).toList();
    for (RoleModel r : holding) {
      session.users().getRoleMembersStream(realm, r).forEach(u -> users.put(u.getId(), u));
    }
    session
        .groups()
        .getGroupsStream(realm)
        .filter(g -> holding.stream().anyMatch(g::hasDirectRole))
        .toList()
        .forEach(g -> addMembers(g, users, groupsSeen));
  }

  /** The role and every realm or client role that contains it, at any depth. */
  private Stream<RoleModel> rolesContaining(RoleModel role) {
    Stream<RoleModel> realmRoles = realm.getRolesStream();
    Stream<RoleModel> clientRoles = realm.getClientsStream().flatMap(c -> c.getRolesStream());
    return Stream.concat(realmRoles, clientRoles).filter(r -> r.hasRole(role));
  }

  private void addMembers(GroupModel top, Map<String, UserModel> users, Set<String> seen) {
    Deque<GroupModel> pending = new ArrayDeque<>(List.of(top));
    while (!pending.isEmpty()) {
      GroupModel group = pending.pop();
      if (!seen.add(group.getId())) {
        continue;
      }
      session.users().getGroupMembersStream(realm, group).forEach(u -> users.put(u.getId(), u));
      group.getSubGroupsStream().forEach(pending::push);
    }
  }
}
