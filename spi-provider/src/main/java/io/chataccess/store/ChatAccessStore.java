package io.chataccess.store;

import io.chataccess.policy.ChatPolicy;
import java.time.Duration;
import org.keycloak.provider.Provider;

/** The provider through which everything reads and writes chat data. One per session. */
public interface ChatAccessStore extends Provider {

  /** Provider id of the JPA implementation, which the caching decorator wraps. */
  String JPA_PROVIDER_ID = "chat-access-jpa";

  InboxNodeStore nodes();

  LicenseStore licenses();

  ChatRoleStore roles();

  AssignmentStore assignments();

  ChatSettingsStore settings();

  SuspensionStore suspensions();

  CustomPermissionStore permissions();

  KeptVersionStore keptVersions();

  /** The change log: one entry per revision (docs/changes.md). */
  ChangeStore changes();

  /** Webhooks and their outbox (docs/changes.md, "Webhooks"). */
  WebhookStore webhooks();

  /**
   * Everything the resolver needs of the realm, loaded in a fixed number of queries (or taken from
   * the cache while the realm's revision has not changed).
   */
  ChatPolicy loadPolicy(String realmId);

  /**
   * The policy together with the realm's license holdings, suspensions and department root, read at
   * one revision (or taken from the cache while the revision has not changed).
   */
  RealmSnapshot loadSnapshot(String realmId);

  /**
   * Waits until the realm's committed revision is at least {@code minimum}, up to {@code timeout};
   * true when it is, after which {@link #loadSnapshot} answers at that revision or later.
   */
  default boolean awaitRevision(String realmId, long minimum, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (settings().committedRevision(realmId) < minimum) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(AWAIT_POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** How often {@link #awaitRevision} looks at the database. */
  long AWAIT_POLL_MILLIS = 50;

  /** Removes every row of the realm (realm removal). */
  void removeRealm(String realmId);

  @Override
  default void close() {}
}
