package io.chataccess.domain;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.store.ChatAccessStore;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;

/**
 * The one way chat data of a realm is written, whatever the entry point (admin API, document
 * import, startup import, login steps, identity-provider sync, lifecycle cleanup): take the realm's
 * write lock, which bumps its revision; then decide on what is read after the lock (the store reads
 * the database again, not entities loaded before); apply; and on any failure mark the transaction
 * for rollback, so that a refused change leaves neither data nor a revision bump behind. The cache
 * of every node learns of the new revision after commit, and the change log holds one entry per
 * revision ({@link ChangeSet}).
 */
public final class WriteUnit {

  private final KeycloakSession session;
  private final ChatAccessStore store;
  private final String realmId;
  private long produced;

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

  /** The revision the last {@link #run} of this unit produced (0 before any). */
  public long producedRevision() {
    return produced;
  }

  /**
   * What the running change of this realm declares it changed, for the change log: one set per
   * running change in the session, whichever unit object the operations were given.
   */
  public ChangeSet changes() {
    ChangeSet running = session.getAttribute(changesKey(), ChangeSet.class);
    return running == null ? new ChangeSet() : running;
  }

  /**
   * Declares a change of the license (its channels or seats, or its removal) for the change log:
   * whoever holds a seat now may have new permissions. Call before holders are removed.
   */
  public void declareLicenseChange(String licenseId) {
    changes().kind(ChangeKinds.LICENSE).users(ChangeRecording.holdersOf(store, realmId, licenseId));
  }

  /**
   * Declares a change of the role (a version applied to its holders, or its removal) for the change
   * log: whoever holds it through an assignment now may have new permissions. Call before its
   * assignments are removed.
   */
  public void declareRoleChange(String roleId) {
    ChangeSet changes = changes().kind(ChangeKinds.ROLE);
    store.assignments().subjectsOf(realmId, roleId).forEach(changes::subject);
  }

  private String changesKey() {
    return "chat-access.changes." + realmId;
  }

  /**
   * Runs {@code change} under the realm's write lock; a failure rolls the whole transaction back. A
   * change that succeeds leaves its entry in the change log at the revision it produced, in the
   * same transaction.
   */
  public <T> T run(Supplier<T> change) {
    long revision = store.settings().lockAndBumpRevision(realmId);
    produced = revision;
    ChangeSet outer = session.getAttribute(changesKey(), ChangeSet.class);
    ChangeSet changes = new ChangeSet();
    session.setAttribute(changesKey(), changes);
    try {
      T done = change.get();
      ChangeRecording.record(session, store, realmId, revision, changes);
      return done;
    } catch (RuntimeException | Error e) {
      session.getTransactionManager().setRollbackOnly();
      throw e;
    } finally {
      if (outer == null) {
        session.removeAttribute(changesKey());
      } else {
        session.setAttribute(changesKey(), outer);
      }
    }
  }
}
