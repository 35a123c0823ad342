package io.chataccess.domain;

import io.chataccess.policy.Subject;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The users who count as any of some assignment subjects, by the paths the resolver follows (see
 * {@code cache.UserContexts}): the user itself; members of a group or of any group below it;
 * holders of a realm or client role, mapped directly, through a composite that contains it or
 * through a group (or a group above theirs) that has it.
 */
final class RoleHolders {

  private final KeycloakSession session;
  private final RealmModel realm;
  private final Set<String> userIds = new HashSet<>();
  private final Set<String> groupsSeen = new HashSet<>();
  private List<RoleModel> allRoles;

  RoleHolders(KeycloakSession session, RealmModel realm) {
    this.session = session;
    this.realm = realm;
  }

  static Set<String> of(KeycloakSession session, RealmModel realm, Collection<Subject> subjects) {
    RoleHolders holders = new RoleHolders(session, realm);
    subjects.forEach(holders::add);
    return holders.userIds;
  }

  private void add(Subject subject) {
    switch (subject.type()) {
      case USER -> userIds.add(subject.id());
      case GROUP -> {
        GroupModel group = session.groups().getGroupById(realm, subject.id());
        if (group != null) {
          addMembersBelow(group);
        }
      }
      case REALM_ROLE, CLIENT_ROLE -> {
        RoleModel role = session.roles().getRoleById(realm, subject.id());
        if (role != null) {
          addHoldersOf(role);
        }
      }
    }
  }

  /** Members of the group and of every group below it. */
  private void addMembersBelow(GroupModel top) {
    Deque<GroupModel> pending = new ArrayDeque<>(List.of(top));
    while (!pending.isEmpty()) {
      GroupModel group = pending.poll();
      if (!groupsSeen.add(group.getId())) {
        continue;
      }
      session
          .users()
          .getGroupMembersStream(realm, group)
          .map(UserModel::getId)
          .forEach(userIds::add);
      group.getSubGroupsStream().forEach(pending::add);
    }
  }

  /** Every role that is or contains {@code role}: its users and the groups that have it. */
  private void addHoldersOf(RoleModel role) {
    for (RoleModel holder : allRoles()) {
      if (!holder.hasRole(role)) {
        continue;
      }
      session
          .users()
          .getRoleMembersStream(realm, holder)
          .map(UserModel::getId)
          .forEach(userIds::add);
      session
          .groups()
          .getGroupsByRoleStream(realm, holder, null, null)
          .toList()
          .forEach(this::addMembersBelow);
    }
  }

  private List<RoleModel> allRoles() {
    if (allRoles == null) {
      allRoles =
          Stream.concat(
                  realm.getRolesStream(),
                  realm.getClientsStream().flatMap(ClientModel::getRolesStream))
              .toList();
    }
    return allRoles;
  }
}
