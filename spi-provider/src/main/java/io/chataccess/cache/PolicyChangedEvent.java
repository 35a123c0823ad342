package io.chataccess.cache;

import org.keycloak.cluster.ClusterEvent;

/**
 * Sent to every node of the cluster after a transaction that changed a realm's chat data committed:
 * policies of that realm compiled at {@code revision} or earlier are stale. A {@link #FORGET}
 * revision means the realm is gone.
 */
record PolicyChangedEvent(String realmId, long revision) implements ClusterEvent {

  /** The revision sent when a realm was removed: forget everything about it. */
  static final long FORGET = -1;

  static PolicyChangedEvent realmRemoved(String realmId) {
    return new PolicyChangedEvent(realmId, FORGET);
  }

  boolean realmRemoved() {
    return revision == FORGET;
  }
}
