package io.chataccess.cache;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.store.ChatAccessStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One compiled {@link ChatPolicy} per realm, reused while the realm's revision in the database is
 * the one it was read at. Every write bumps the revision in its own transaction, so after a commit
 * every node of a cluster reads the new revision and rebuilds: a change is visible to the very next
 * token, on any node, at the cost of one primary-key read per use.
 */
final class PolicyCache {

  private final Map<String, ChatPolicy> byRealm = new ConcurrentHashMap<>();

  ChatPolicy policy(ChatAccessStore store, String realmId) {
    long revision = store.settings().get(realmId).revision();
    ChatPolicy cached = byRealm.get(realmId);
    if (cached != null && cached.revision() == revision) {
      return cached;
    }
    ChatPolicy loaded = store.loadPolicy(realmId);
    byRealm.merge(
        realmId, loaded, (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
    return loaded;
  }

  void forget(String realmId) {
    byRealm.remove(realmId);
  }

  int size() {
    return byRealm.size();
  }
}
