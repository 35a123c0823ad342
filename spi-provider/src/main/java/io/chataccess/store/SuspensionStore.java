package io.chataccess.store;

import java.util.Set;

/** The per-user suspension switch. */
public interface SuspensionStore {

  Suspension get(String realmId, String userId);

  Suspension set(String realmId, String userId, boolean suspended, String reason);

  Set<String> suspendedUserIds(String realmId);

  void forget(String realmId, String userId);
}
