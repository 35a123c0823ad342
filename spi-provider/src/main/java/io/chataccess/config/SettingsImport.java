package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Settings;
import io.chataccess.config.DocumentChange.Operation;
import io.chataccess.config.DocumentChange.Target;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatSettings;
import java.util.Objects;

/** Imports the document's realm settings: license requirement and department root group. */
final class SettingsImport {

  private final ChatAccessStore store;
  private final String realmId;
  private final RealmNames names;
  private final ChangeLog log;

  SettingsImport(ChatAccessStore store, String realmId, RealmNames names, ChangeLog log) {
    this.store = store;
    this.realmId = realmId;
    this.names = names;
    this.log = log;
  }

  void apply(Settings wanted) {
    ChatSettings stored = store.settings().get(realmId);
    String rootId =
        wanted.departmentRootGroup() == null ? null : names.groupId(wanted.departmentRootGroup());
    if (stored.licensesRequired() != wanted.licensesRequired()
        || !Objects.equals(stored.departmentRootGroupId(), rootId)) {
      store.settings().update(realmId, rootId, wanted.licensesRequired());
      log.record(
          Operation.UPDATE, Target.SETTINGS, "settings", ChangeRepresentations.settings(wanted));
    }
  }
}
