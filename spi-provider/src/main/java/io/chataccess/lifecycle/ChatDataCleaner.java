package io.chataccess.lifecycle;

import io.chataccess.domain.WriteUnit;
import io.chataccess.policy.ChangeKinds;
import io.chataccess.policy.Subject;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.DefaultChatRoles;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleContainerModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;

/**
 * Removes the chat data that points at a Keycloak user, group, role, client or realm when that is
 * removed, in the same transaction as the removal.
 */
final class ChatDataCleaner {

  private static final Logger LOG = Logger.getLogger(ChatDataCleaner.class);

  void onEvent(ProviderEvent event) {
    if (event instanceof UserModel.UserRemovedEvent removed) {
      userRemoved(removed.getKeycloakSession(), removed.getRealm(), removed.getUser());
    } else if (event instanceof GroupModel.GroupRemovedEvent removed) {
      groupRemoved(removed.getKeycloakSession(), removed.getRealm(), removed.getGroup());
    } else if (event instanceof RoleContainerModel.RoleRemovedEvent removed) {
      roleRemoved(removed.getKeycloakSession(), removed.getRole());
    } else if (event instanceof ClientModel.ClientRemovedEvent removed) {
      clientRemoved(removed.getKeycloakSession(), removed.getClient());
    } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
      store(removed.getKeycloakSession()).removeRealm(removed.getRealm().getId());
      LOG.debugf("Removed the chat data of realm %s", removed.getRealm().getName());
    }
  }

  private void userRemoved(KeycloakSession session, RealmModel realm, UserModel user) {
    inWriteUnit(
        session,
        realm.getId(),
        store -> {
          String realmId = realm.getId();
          new WriteUnit(session, store, realmId)
              .changes()
              .kind(ChangeKinds.CLEANUP)
              .user(user.getId());
          store.assignments().deleteBySubject(realmId, Subject.user(user.getId()));
          store.licenses().removeHoldingsOf(realmId, user.getId());
          store.suspensions().forget(realmId, user.getId());
          store.keptVersions().releaseUser(realmId, user.getId());
          LOG.debugf(
              "Removed the chat data of user %s in realm %s", user.getUsername(), realm.getName());
        });
  }

  private void groupRemoved(KeycloakSession session, RealmModel realm, GroupModel group) {
    inWriteUnit(
        session,
        realm.getId(),
        store -> {
          String realmId = realm.getId();
          store.assignments().deleteBySubject(realmId, Subject.group(group.getId()));
          store.settings().forgetDepartmentRoot(realmId, group.getId());
        });
  }

  private void roleRemoved(KeycloakSession session, RoleModel role) {
    RealmModel realm = realmOf(role);
    if (realm == null) {
      return;
    }
    inWriteUnit(
        session,
        realm.getId(),
        store -> {
          Subject subject =
              role.isClientRole()
                  ? Subject.clientRole(role.getId())
                  : Subject.realmRole(role.getId());
          store.assignments().deleteBySubject(realm.getId(), subject);
        });
  }

  private void clientRemoved(KeycloakSession session, ClientModel client) {
    String realmId = client.getRealm().getId();
    inWriteUnit(
        session,
        realmId,
        store -> {
          List<?> removed = store.assignments().deleteByContainer(realmId, client.getId());
          LOG.debugf(
              "Removed %d chat assignments of roles of client %s",
              removed.size(), client.getClientId());
        });
  }

  /**
   * Runs the cleanup in the realm's write unit (lock, revision bump), unless the realm never used
   * chat access (it has at most its default roles) and there is nothing to clean: its revision
   * stays that of a realm nobody set up, for the startup import.
   */
  private static void inWriteUnit(
      KeycloakSession session, String realmId, Consumer<ChatAccessStore> cleanup) {
    ChatAccessStore store = store(session);
    if (!DefaultChatRoles.changedSinceSeeding(store.settings().get(realmId).revision())) {
      return;
    }
    new WriteUnit(session, store, realmId)
        .run(
            () -> {
              cleanup.accept(store);
              return null;
            });
  }

  private static RealmModel realmOf(RoleModel role) {
    if (role.getContainer() instanceof RealmModel realm) {
      return realm;
    }
    if (role.getContainer() instanceof ClientModel client) {
      return client.getRealm();
    }
    return null;
  }

  private static ChatAccessStore store(KeycloakSession session) {
    return session.getProvider(ChatAccessStore.class);
  }
}
