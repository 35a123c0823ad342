package io.chataccess.cache;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.store.AssignmentStore;
import io.chataccess.store.ChangeStore;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatRoleStore;
import io.chataccess.store.ChatSettingsStore;
import io.chataccess.store.CustomPermissionStore;
import io.chataccess.store.InboxNodeStore;
import io.chataccess.store.KeptVersionStore;
import io.chataccess.store.LicenseStore;
import io.chataccess.store.RealmSnapshot;
import io.chataccess.store.SuspensionStore;
import io.chataccess.store.WebhookStore;
import java.time.Duration;

/**
 * The store as everyone sees it: the JPA store, with realm snapshots (compiled policies) cached per
 * realm and every change announced after commit. A session that changed chat data reads its
 * policies from the database, so that what it has not committed yet never reaches the shared cache.
 */
final class CachingChatAccessStore implements ChatAccessStore {

  private final ChatAccessStore delegate;
  private final PolicyCache cache;
  private final PolicyInvalidation invalidation;
  private final ChatSettingsStore settings;

  CachingChatAccessStore(
      ChatAccessStore delegate, PolicyCache cache, PolicyInvalidation invalidation) {
    this.delegate = delegate;
    this.cache = cache;
    this.invalidation = invalidation;
    this.settings = new InvalidatingSettingsStore(delegate.settings(), invalidation);
  }

  @Override
  public ChatPolicy loadPolicy(String realmId) {
    if (invalidation.changedAnything()) {
      return delegate.loadPolicy(realmId);
    }
    return cache.snapshot(delegate, realmId).policy();
  }

  @Override
  public RealmSnapshot loadSnapshot(String realmId) {
    if (invalidation.changedAnything()) {
      return delegate.loadSnapshot(realmId);
    }
    return cache.snapshot(delegate, realmId);
  }

  /**
   * Answers from the cached snapshot when it is fresh enough; otherwise waits for the database and
   * drops the older snapshot, so that the next load reads the realm at that revision or later.
   */
  @Override
  public boolean awaitRevision(String realmId, long minimum, Duration timeout) {
    if (loadSnapshot(realmId).revision() >= minimum) {
      return true;
    }
    if (!delegate.awaitRevision(realmId, minimum, timeout)) {
      return false;
    }
    cache.invalidate(realmId, minimum - 1);
    return true;
  }

  @Override
  public void removeRealm(String realmId) {
    delegate.removeRealm(realmId);
    invalidation.realmRemoved(realmId);
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
  public KeptVersionStore keptVersions() {
    return delegate.keptVersions();
  }

  @Override
  public ChangeStore changes() {
    return delegate.changes();
  }

  @Override
  public WebhookStore webhooks() {
    return delegate.webhooks();
  }

  @Override
  public ChatSettingsStore settings() {
    return settings;
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
