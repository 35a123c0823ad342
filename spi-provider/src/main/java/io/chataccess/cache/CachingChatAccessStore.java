package io.chataccess.cache;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.store.AssignmentStore;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatRoleStore;
import io.chataccess.store.ChatSettingsStore;
import io.chataccess.store.CustomPermissionStore;
import io.chataccess.store.InboxNodeStore;
import io.chataccess.store.LicenseStore;
import io.chataccess.store.SuspensionStore;

/** The store as everyone sees it: the JPA store, with compiled policies cached per realm. */
final class CachingChatAccessStore implements ChatAccessStore {

  private final ChatAccessStore delegate;
  private final PolicyCache cache;

  CachingChatAccessStore(ChatAccessStore delegate, PolicyCache cache) {
    this.delegate = delegate;
    this.cache = cache;
  }

  @Override
  public ChatPolicy loadPolicy(String realmId) {
    return cache.policy(delegate, realmId);
  }

  @Override
  public void removeRealm(String realmId) {
    delegate.removeRealm(realmId);
    cache.forget(realmId);
  }

  @Override
  public InboxNodeStore nodes() {
    return delegate.nodes();
  }

  @Override
  public LicenseStore licenses() {
    return delegate.licenses();
  }

  @Override
  public ChatRoleStore roles() {
    return delegate.roles();
  }

  @Override
  public AssignmentStore assignments() {
    return delegate.assignments();
  }

  @Override
  public ChatSettingsStore settings() {
    return delegate.settings();
  }

  @Override
  public SuspensionStore suspensions() {
    return delegate.suspensions();
  }

  @Override
  public CustomPermissionStore permissions() {
    return delegate.permissions();
  }
}
