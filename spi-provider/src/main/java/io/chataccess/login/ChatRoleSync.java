package io.chataccess.login;

import io.chataccess.domain.Assignments;
import io.chataccess.domain.WriteUnit;
import io.chataccess.policy.Scope;
import io.chataccess.policy.Subject;
import io.chataccess.policy.SubjectType;
import io.chataccess.store.AssignmentFilter;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredAssignment;
import io.chataccess.store.StoredNode;
import io.chataccess.store.StoredRole;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Keeps the chat role assignment of one identity-provider mapper in line with what the provider
 * says at login: created while the claim matches, removed when it no longer does. It touches only
 * assignments with the source {@code idp:<alias>} for the same role and scope, so an assignment an
 * admin made by hand (source {@code manual}) is never removed by a login.
 */
final class ChatRoleSync {

  private static final Logger LOG = Logger.getLogger(ChatRoleSync.class);

  private ChatRoleSync() {}

  static void apply(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      String idpAlias,
      ChatRoleMapperConfig config,
      boolean matches) {
    ChatAccessStore store = session.getProvider(ChatAccessStore.class);
    Optional<StoredRole> role = store.roles().findByKey(realm.getId(), config.roleKey());
    Optional<Scope> scope = scope(store, realm, config);
    if (role.isEmpty() || scope.isEmpty()) {
      LOG.warnf(
          "Chat role mapper of identity provider %s in realm %s: no chat role %s or node %s;"
              + " nothing synced",
          idpAlias, realm.getName(), config.roleKey(), config.nodeKey());
      return;
    }
    String source = "idp:" + idpAlias;
    List<StoredAssignment> mine = existing(store, realm, user, role.get(), scope.get(), source);
    WriteUnit unit = new WriteUnit(session, store, realm.getId());
    if (matches && mine.isEmpty()) {
      unit.run(() -> create(unit, realm, user, role.get(), scope.get(), source, config));
    } else if (!matches && !mine.isEmpty()) {
      unit.run(
          () -> {
            for (StoredAssignment assignment :
                existing(store, realm, user, role.get(), scope.get(), source)) {
              new Assignments(unit).delete(assignment.id(), Assignments.Authority.REALM);
            }
            return null;
          });
      LOG.debugf("%s: chat role %s taken from %s", source, config.roleKey(), user.getUsername());
    }
  }

  /** Under the write lock: creates the assignment unless a concurrent login did already. */
  private static Void create(
      WriteUnit unit,
      RealmModel realm,
      UserModel user,
      StoredRole role,
      Scope scope,
      String source,
      ChatRoleMapperConfig config) {
    if (existing(unit.store(), realm, user, role, scope, source).isEmpty()) {
      new Assignments(unit)
          .create(
              new StoredAssignment(
                  null, Subject.user(user.getId()), null, role.id(), null, null, scope, source, 0),
              Assignments.Authority.REALM);
      LOG.debugf("%s: chat role %s given to %s", source, config.roleKey(), user.getUsername());
    }
    return null;
  }

  private static Optional<Scope> scope(
      ChatAccessStore store, RealmModel realm, ChatRoleMapperConfig config) {
    if (config.nodeKey() == null) {
      return Optional.of(Scope.all());
    }
    return store
        .nodes()
        .findByKey(realm.getId(), config.nodeKey())
        .map(StoredNode::id)
        .map(Scope::node);
  }

  private static List<StoredAssignment> existing(
      ChatAccessStore store,
      RealmModel realm,
      UserModel user,
      StoredRole role,
      Scope scope,
      String source) {
    AssignmentFilter filter =
        new AssignmentFilter(SubjectType.USER, user.getId(), role.id(), null, source);
    return store.assignments().list(realm.getId(), filter, 0, Integer.MAX_VALUE).stream()
        .filter(a -> a.inlineGrants() == null && scope.equals(a.scope()))
        .toList();
  }
}
