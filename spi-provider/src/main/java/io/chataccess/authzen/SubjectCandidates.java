package io.chataccess.authzen;

import io.chataccess.cache.ChatAccessView;
import io.chataccess.cache.LocalMemberships;
import io.chataccess.policy.Subject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The users who may hold what assignment subjects are given, each with its chat view: a user; the
 * members of a group and of every group below it; the holders of a role directly, through a
 * composite role that contains it, or through a group (and the groups below it) that has one of
 * those roles. A superset is harmless (each candidate is decided afterwards); a user left out would
 * be missing from a search.
 *
 * <p>In a realm without user federation the candidates are found as ids ({@link LocalMemberships}),
 * a few queries per search, and each is then read through Keycloak's user cache; otherwise through
 * Keycloak's member queries. Their views share resolutions through the policy's memo, so a search
 * repeated at one revision resolves nobody again.
 */
final class SubjectCandidates {

  /** A candidate: its user id, its service account's client (null for a person), its view. */
  record Candidate(String userId, String serviceAccountClientLink, ChatAccessView view) {}

  private final KeycloakSession session;
  private final RealmModel realm;

  SubjectCandidates(KeycloakSession session, RealmModel realm) {
    this.session = session;
    this.realm = realm;
  }

  /** The candidates, in user id order. */
  List<Candidate> of(Collection<Subject> subjects) {
    LocalMemberships local = LocalMemberships.of(session, realm);
    return local == null ? throughUserModel(subjects) : inBulk(local, subjects);
  }

  private List<Candidate> inBulk(LocalMemberships local, Collection<Subject> subjects) {
    Set<String> userIds = new TreeSet<>();
    Set<String> groupIds = new LinkedHashSet<>();
    Set<String> roleIds = new LinkedHashSet<>();
    for (Subject subject : subjects) {
      switch (subject.type()) {
        case USER -> userIds.add(subject.id());
        case GROUP -> withSubgroups(realm.getGroupById(subject.id()), g -> groupIds.add(g.getId()));
        case REALM_ROLE, CLIENT_ROLE -> {
          RoleModel role = realm.getRoleById(subject.id());
          if (role != null) {
            rolesContaining(role).forEach(r -> roleIds.add(r.getId()));
          }
        }
      }
    }
    if (!roleIds.isEmpty()) {
      userIds.addAll(local.holdersOf(roleIds));
      for (String groupId : local.groupsHolding(roleIds)) {
        withSubgroups(realm.getGroupById(groupId), g -> groupIds.add(g.getId()));
      }
    }
    userIds.addAll(local.membersOf(groupIds));
    List<Candidate> candidates = new ArrayList<>();
    for (String id : userIds) {
      UserModel user = session.users().getUserById(realm, id);
      if (user != null) {
        candidates.add(candidate(user));
      }
    }
    return candidates;
  }

  private List<Candidate> throughUserModel(Collection<Subject> subjects) {
    Map<String, UserModel> users = new TreeMap<>();
    Consumer<UserModel> add = user -> users.put(user.getId(), user);
    Set<String> groupsSeen = new LinkedHashSet<>();
    Consumer<GroupModel> addMembers =
        group -> {
          if (groupsSeen.add(group.getId())) {
            session.users().getGroupMembersStream(realm, group).forEach(add);
          }
        };
    for (Subject subject : subjects) {
      switch (subject.type()) {
        case USER -> {
          UserModel user = session.users().getUserById(realm, subject.id());
          if (user != null) {
            add.accept(user);
          }
        }
        case GROUP -> withSubgroups(realm.getGroupById(subject.id()), addMembers);
        case REALM_ROLE, CLIENT_ROLE -> {
          RoleModel role = realm.getRoleById(subject.id());
          if (role != null) {
            List<RoleModel> holding = rolesContaining(role).toList();
            holding.forEach(r -> session.users().getRoleMembersStream(realm, r).forEach(add));
            session
                .groups()
                .getGroupsStream(realm)
                .filter(g -> holding.stream().anyMatch(g::hasDirectRole))
                .toList()
                .forEach(g -> withSubgroups(g, addMembers));
          }
        }
      }
    }
    return users.values().stream().map(this::candidate).toList();
  }

  private Candidate candidate(UserModel user) {
    return new Candidate(
        user.getId(), user.getServiceAccountClientLink(), ChatAccessView.of(session, realm, user));
  }

  /** The role and every realm or client role that contains it, at any depth. */
  private Stream<RoleModel> rolesContaining(RoleModel role) {
    Stream<RoleModel> realmRoles = realm.getRolesStream();
    Stream<RoleModel> clientRoles = realm.getClientsStream().flatMap(c -> c.getRolesStream());
    return Stream.concat(realmRoles, clientRoles).filter(r -> r.hasRole(role));
  }

  /** The group (when it exists) and every group below it, each once. */
  private static void withSubgroups(GroupModel top, Consumer<GroupModel> each) {
    if (top == null) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    Deque<GroupModel> pending = new ArrayDeque<>(List.of(top));
    while (!pending.isEmpty()) {
      GroupModel group = pending.pop();
      if (seen.add(group.getId())) {
        each.accept(group);
        group.getSubGroupsStream().forEach(pending::push);
      }
    }
  }
}
