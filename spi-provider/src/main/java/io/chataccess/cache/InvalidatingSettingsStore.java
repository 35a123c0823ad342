package io.chataccess.cache;

import io.chataccess.store.ChatSettings;
import io.chataccess.store.ChatSettingsStore;

/** The settings store, reporting each revision bump to the session's {@link PolicyInvalidation}. */
final class InvalidatingSettingsStore implements ChatSettingsStore {

  private final ChatSettingsStore delegate;
  private final PolicyInvalidation invalidation;

  InvalidatingSettingsStore(ChatSettingsStore delegate, PolicyInvalidation invalidation) {
    this.delegate = delegate;
    this.invalidation = invalidation;
  }

  @Override
  public long lockAndBumpRevision(String realmId) {
    long revision = delegate.lockAndBumpRevision(realmId);
    invalidation.revisionBumped(realmId, revision);
    return revision;
  }

  @Override
  public ChatSettings get(String realmId) {
    return delegate.get(realmId);
  }

  @Override
  public long committedRevision(String realmId) {
    return delegate.committedRevision(realmId);
  }

  @Override
  public boolean isInitialized(String realmId) {
    return delegate.isInitialized(realmId);
  }

  @Override
  public boolean initialize(String realmId) {
    return delegate.initialize(realmId);
  }

  @Override
  public ChatSettings update(
      String realmId, String departmentRootGroupId, boolean licensesRequired) {
    return delegate.update(realmId, departmentRootGroupId, licensesRequired);
  }

  @Override
  public void forgetDepartmentRoot(String realmId, String groupId) {
    delegate.forgetDepartmentRoot(realmId, groupId);
  }
}
