package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.CustomPermission;
import io.chataccess.config.DocumentChange.Operation;
import io.chataccess.config.DocumentChange.Target;
import io.chataccess.policy.Permission;
import io.chataccess.store.ChatAccessStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Imports the document's custom permissions: creates or replaces, then deletes the rest. */
final class PermissionImport {

  private final ChatAccessStore store;
  private final String realmId;
  private final ChangeLog log;

  PermissionImport(ChatAccessStore store, String realmId, ChangeLog log) {
    this.store = store;
    this.realmId = realmId;
    this.log = log;
  }

  /** A permission whose kind, description or prerequisite changed is deleted and created again. */
  void createOrReplace(List<CustomPermission> wanted) {
    Map<String, Permission> stored =
        KeyIndex.of(store.permissions().list(realmId), Permission::key);
    for (CustomPermission permission : wanted) {
      Permission existing = stored.get(permission.key());
      Permission desired =
          new Permission(
              permission.key(),
              permission.kind(),
              permission.description(),
              false,
              permission.requires());
      if (existing == null) {
        store.permissions().create(realmId, desired);
        log.record(
            Operation.CREATE,
            Target.PERMISSION,
            permission.key(),
            ChangeRepresentations.permission(desired));
      } else if (existing.kind() != desired.kind()
          || !Objects.equals(existing.description(), desired.description())
          || !Objects.equals(existing.requires(), desired.requires())) {
        store.permissions().delete(realmId, permission.key());
        store.permissions().create(realmId, desired);
        log.record(
            Operation.UPDATE,
            Target.PERMISSION,
            permission.key(),
            ChangeRepresentations.permission(desired));
      }
    }
  }

  void deleteNotIn(List<CustomPermission> wanted) {
    Set<String> keys = wanted.stream().map(CustomPermission::key).collect(Collectors.toSet());
    for (Permission stored : store.permissions().list(realmId)) {
      if (!keys.contains(stored.key())) {
        store.permissions().delete(realmId, stored.key());
        log.record(
            Operation.DELETE,
            Target.PERMISSION,
            stored.key(),
            ChangeRepresentations.permission(stored));
      }
    }
  }
}
