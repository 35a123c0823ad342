package io.chataccess.domain;

import io.chataccess.store.ChatAccessStore;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;

/**
 * The one way chat data of a realm is written, whatever the entry point (admin API, document
 * import, startup import, login steps, identity-provider sync, lifecycle cleanup): take the realm's
 * write lock, which bumps its revision; then decide on what is read after the lock (the store reads
 * the database again, not entities loaded before); apply; and on any failure mark the transaction
 * for rollback, so that a refused change leaves neither data nor a revision bump behind. The cache
 * of every node learns of the new revision after commit.
 */
public final class WriteUnit {

  private final KeycloakSession session;
  private final ChatAccessStore store;
  private final String realmId;

  public WriteUnit(KeycloakSession session, ChatAccessStore store, String realmId) {
    this.session = session;
    this.store = store;
    this.realmId = realmId;
  }

  public ChatAccessStore store() {
    return store;
  }

  public String realmId() {
    return realmId;
  }

  /** The Keycloak session, for domain operations that look at users, groups and roles. */
  KeycloakSession session() {
    return session;
  }

  /**
   * Runs {@code change} under the realm's write lock; a failure rolls the whole transaction back.
   */
  public <T> T run(Supplier<T> change) {
    store.settings().lockAndBumpRevision(realmId);
    try {
      return change.get();
    } catch (RuntimeException | Error e) {
      session.getTransactionManager().setRollbackOnly();
      throw e;
    }
  }
}
