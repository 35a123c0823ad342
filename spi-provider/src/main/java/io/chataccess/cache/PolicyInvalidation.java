package io.chataccess.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakTransaction;

/**
 * The changes of one Keycloak session's transaction, announced once it committed: this node's cache
 * is invalidated before the request returns (so the very next token here sees the change), and a
 * {@link PolicyChangedEvent} goes to the other nodes through Keycloak's cluster provider. A rolled
 * back transaction announces nothing.
 */
final class PolicyInvalidation implements KeycloakTransaction {

  static final String CLUSTER_TASK_KEY = "chat-access-policy-changed";

  private final KeycloakSession session;
  private final PolicyCache cache;
  private final Map<String, PolicyChangedEvent> changes = new LinkedHashMap<>();
  private boolean enlisted;
  private boolean active;

  PolicyInvalidation(KeycloakSession session, PolicyCache cache) {
    this.session = session;
    this.cache = cache;
  }

  /** Whether this session changed chat data: its own reads then must not fill the shared cache. */
  boolean changedAnything() {
    return !changes.isEmpty();
  }

  void revisionBumped(String realmId, long revision) {
    changes.merge(
        realmId,
        new PolicyChangedEvent(realmId, revision),
        (old, fresh) -> old.realmRemoved() ? old : fresh);
    enlist();
  }

  void realmRemoved(String realmId) {
    changes.put(realmId, PolicyChangedEvent.realmRemoved(realmId));
    enlist();
  }

  private void enlist() {
    if (!enlisted) {
      enlisted = true;
      session.getTransactionManager().enlistAfterCompletion(this);
    }
  }

  @Override
  public void begin() {
    active = true;
  }

  @Override
  public void commit() {
    active = false;
    changes.values().forEach(event -> apply(cache, event));
    ClusterProvider cluster = session.getProvider(ClusterProvider.class);
    if (cluster != null) {
      cluster.notify(CLUSTER_TASK_KEY, changes.values(), true, ClusterProvider.DCNotify.ALL_DCS);
    }
    changes.clear();
  }

  @Override
  public void rollback() {
    active = false;
    changes.clear();
  }

  @Override
  public void setRollbackOnly() {}

  @Override
  public boolean getRollbackOnly() {
    return false;
  }

  @Override
  public boolean isActive() {
    return active;
  }

  /** What a node does with an event, its own or one received from another node. */
  static void apply(PolicyCache cache, PolicyChangedEvent event) {
    if (event.realmRemoved()) {
      cache.forget(event.realmId());
    } else {
      cache.invalidate(event.realmId(), event.revision());
      RevisionSignal.moved(event.realmId(), event.revision());
    }
  }
}
