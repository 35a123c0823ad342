package io.chataccess.store;

import io.chataccess.policy.Grants;
import io.chataccess.policy.Level;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.RealmRoles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The roles a realm starts with, seeded when the realm is created or imported (and at start-up for
 * realms that existed before): Administrator, Supervisor, Agent and Transcript viewer. They are
 * ordinary roles afterwards.
 */
public final class DefaultChatRoles {

  /** The realm role a service account needs to call the check API. */
  public static final String CHECK_ROLE = RealmRoles.CHECK;

  /**
   * A realm's revision right after seeding: its settings row starts at 1, seeding bumps it once.
   * StartupImportIT fails if this is wrong (a realm imported at start-up would count as set up).
   */
  static final long SEEDED_REVISION = 2;

  private static final Logger LOG = Logger.getLogger(DefaultChatRoles.class);

  record Definition(
      String key, String name, String description, Map<String, Level> grants, boolean license) {}

  static final List<Definition> DEFINITIONS =
      List.of(
          new Definition(
              "administrator",
              "Administrator",
              "Everything, everywhere.",
              everythingAt(Level.ALL),
              true),
          new Definition(
              "supervisor",
              "Supervisor",
              "Sees everything, changes nothing.",
              levels(
                  "conversation.view", Level.ALL,
                  "transcript.view", Level.ALL,
                  "statistics.view", Level.ALL,
                  "channel.view", Level.ALL,
                  "presence.use", Level.ALL),
              true),
          new Definition(
              "agent",
              "Agent",
              "Handles conversations and sees its own.",
              levels(
                  "chat.handle", Level.ALL,
                  "conversation.view", Level.OWN,
                  "conversation.transfer", Level.OWN,
                  "transcript.view", Level.OWN,
                  "canned.use", Level.ALL,
                  "presence.use", Level.ALL),
              true),
          new Definition(
              "transcript-viewer",
              "Transcript viewer",
              "Reads transcripts; needs no chat license.",
              levels("transcript.view", Level.ALL),
              false));

  private DefaultChatRoles() {}

  /**
   * Whether chat data of a realm at this revision was written since its seeding (a realm never
   * seeded is at revision 0). Every write bumps the revision, so this tells a realm someone set up
   * from one that only has its defaults.
   */
  public static boolean changedSinceSeeding(long revision) {
    return revision > SEEDED_REVISION;
  }

  /**
   * Seeds a realm that already exists if it has never been seeded, and tells whether this call did.
   * Runs in a transaction of its own so that two nodes starting at once cannot fail each other: the
   * loser's insert of the settings row fails and it simply finds the winner's roles.
   */
  public static boolean ensureSeeded(KeycloakSession session, RealmModel realm) {
    ChatAccessStore store = session.getProvider(ChatAccessStore.class);
    if (store.settings().isInitialized(realm.getId())) {
      return false;
    }
    String realmId = realm.getId();
    KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
    try {
      return KeycloakModelUtils.runJobInTransactionWithResult(
          factory,
          seeding -> {
            RealmModel seeded = seeding.realms().getRealm(realmId);
            return seeded != null && seedInCurrentTransaction(seeding, seeded);
          });
    } catch (RuntimeException e) {
      if (isInitialized(factory, realmId)) {
        LOG.debugf(e, "Default chat roles of realm %s were seeded concurrently", realm.getName());
      } else {
        LOG.warnf(
            e,
            "Could not seed the default chat roles of realm %s; the next start tries again",
            realm.getName());
      }
      return false;
    }
  }

  private static boolean isInitialized(KeycloakSessionFactory factory, String realmId) {
    return KeycloakModelUtils.runJobInTransactionWithResult(
        factory,
        session -> session.getProvider(ChatAccessStore.class).settings().isInitialized(realmId));
  }

  /**
   * Seeds in the caller's transaction (a realm being created, which no other transaction sees yet)
   * unless the realm was seeded already; tells whether it seeded. Adds the realm role of the check
   * API unless the realm has it (an imported realm may bring it).
   */
  public static boolean seedInCurrentTransaction(KeycloakSession session, RealmModel realm) {
    boolean seeded = seed(session.getProvider(ChatAccessStore.class), realm.getId());
    if (realm.getRole(CHECK_ROLE) == null) {
      realm
          .addRole(CHECK_ROLE)
          .setDescription("Chat access: may call the chat permission check API");
    }
    return seeded;
  }

  private static boolean seed(ChatAccessStore store, String realmId) {
    if (!store.settings().initialize(realmId)) {
      return false;
    }
    for (Definition role : DEFINITIONS) {
      if (store.roles().findByKey(realmId, role.key()).isEmpty()) {
        store
            .roles()
            .create(
                realmId,
                role.key(),
                role.name(),
                role.description(),
                Grants.of(role.grants()),
                role.license());
      }
    }
    // announces the seeded roles like any other change, so no cache keeps the empty realm
    store.settings().lockAndBumpRevision(realmId);
    return true;
  }

  private static Map<String, Level> everythingAt(Level level) {
    Map<String, Level> grants = new LinkedHashMap<>();
    for (Permission permission : PermissionCatalog.builtIn().permissions()) {
      grants.put(permission.key(), level);
    }
    return grants;
  }

  private static Map<String, Level> levels(Object... pairs) {
    Map<String, Level> grants = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      grants.put((String) pairs[i], (Level) pairs[i + 1]);
    }
    return grants;
  }
}
