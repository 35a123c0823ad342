package io.chataccess.lifecycle;

import io.chataccess.store.DefaultChatRoles;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;

/**
 * Gives every realm its chat set-up (the default roles and the realm role of the check API) before
 * anything reads it, so that reads and permission checks never write: a new or imported realm in
 * the transaction that creates it, and at start-up, once the database is migrated and Keycloak's
 * own imports are done, every realm that existed without it (say, before the extension was
 * installed).
 */
final class RealmSetUp {

  private static final Logger LOG = Logger.getLogger(RealmSetUp.class);

  void onEvent(ProviderEvent event) {
    if (event instanceof RealmModel.RealmPostCreateEvent created) {
      RealmModel realm = created.getCreatedRealm();
      if (DefaultChatRoles.seedInCurrentTransaction(created.getKeycloakSession(), realm)) {
        LOG.debugf("Seeded the default chat roles of new realm %s", realm.getName());
      }
    } else if (event instanceof PostMigrationEvent started) {
      setUpExistingRealms(started.getFactory());
    }
  }

  private static void setUpExistingRealms(KeycloakSessionFactory factory) {
    KeycloakModelUtils.runJobInTransaction(
        factory,
        session ->
            session
                .realms()
                .getRealmsStream()
                .toList()
                .forEach(
                    realm -> {
                      if (DefaultChatRoles.ensureSeeded(session, realm)) {
                        LOG.infof("Seeded the default chat roles of realm %s", realm.getName());
                      }
                    }));
  }
}
