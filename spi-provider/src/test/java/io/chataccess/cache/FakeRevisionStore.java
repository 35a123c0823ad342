package io.chataccess.cache;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.InboxTree;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.store.AssignmentStore;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatRoleStore;
import io.chataccess.store.ChatSettings;
import io.chataccess.store.ChatSettingsStore;
import io.chataccess.store.CustomPermissionStore;
import io.chataccess.store.InboxNodeStore;
import io.chataccess.store.KeptVersionStore;
import io.chataccess.store.LicenseHoldings;
import io.chataccess.store.LicenseStore;
import io.chataccess.store.RealmSnapshot;
import io.chataccess.store.SuspensionStore;
import java.util.List;
import java.util.Set;

/** A store whose only state is one realm revision; counts what the cache reads of it. */
final class FakeRevisionStore implements ChatAccessStore, ChatSettingsStore {

  long revision;
  int revisionReads;
  int snapshotLoads;

  @Override
  public ChatPolicy loadPolicy(String realmId) {
    return new ChatPolicy(
        PermissionCatalog.builtIn(),
        new InboxTree(List.of()),
        List.of(),
        List.of(),
        List.of(),
        true,
        revision);
  }

  @Override
  public RealmSnapshot loadSnapshot(String realmId) {
    snapshotLoads++;
    return new RealmSnapshot(loadPolicy(realmId), LicenseHoldings.none(), Set.of(), null, null);
  }

  @Override
  public ChatSettings get(String realmId) {
    revisionReads++;
    return new ChatSettings(null, true, revision);
  }

  @Override
  public ChatSettingsStore settings() {
    return this;
  }

  @Override
  public long lockAndBumpRevision(String realmId) {
    return ++revision;
  }

  @Override
  public boolean isInitialized(String realmId) {
    return true;
  }

  @Override
  public boolean initialize(String realmId) {
    return false;
  }

  @Override
  public ChatSettings update(String realmId, String departmentRootGroupId, boolean required) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void forgetDepartmentRoot(String realmId, String groupId) {}

  @Override
  public void removeRealm(String realmId) {}

  @Override
  public InboxNodeStore nodes() {
    throw new UnsupportedOperationException();
  }

  @Override
  public LicenseStore licenses() {
    throw new UnsupportedOperationException();
  }

  @Override
  public ChatRoleStore roles() {
    throw new UnsupportedOperationException();
  }

  @Override
  public AssignmentStore assignments() {
    throw new UnsupportedOperationException();
  }

  @Override
  public SuspensionStore suspensions() {
    throw new UnsupportedOperationException();
  }

  @Override
  public CustomPermissionStore permissions() {
    throw new UnsupportedOperationException();
  }

  @Override
  public KeptVersionStore keptVersions() {
    throw new UnsupportedOperationException();
  }

  @Override
  public io.chataccess.store.ChangeStore changes() {
    throw new UnsupportedOperationException();
  }

  @Override
  public long committedRevision(String realmId) {
    return get(realmId).revision();
  }

  @Override
  public io.chataccess.store.WebhookStore webhooks() {
    throw new UnsupportedOperationException();
  }
}
