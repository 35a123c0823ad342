package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.config.ChatAccessDocument.RoleVersion;
import io.chataccess.config.DocumentChange.Operation;
import io.chataccess.config.DocumentChange.Target;
import io.chataccess.domain.RoleVersions;
import io.chataccess.store.AssignmentFilter;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredAssignment;
import io.chataccess.store.StoredRole;
import io.chataccess.store.StoredRoleVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the document's chat roles and their versions. A stored role whose history is the start of
 * the document's gets the versions it lacks (with their save modes, through {@link RoleVersions});
 * any other stored role is replaced, and takes its assignments with it.
 */
final class RoleImport {

  private final ChatAccessStore store;
  private final String realmId;
  private final RealmNames names;
  private final RoleVersions roleVersions;
  private final ChangeLog log;
  private final AssignmentChanges assignmentChanges;

  RoleImport(
      ChatAccessStore store,
      String realmId,
      RealmNames names,
      RoleVersions roleVersions,
      ChangeLog log,
      AssignmentChanges assignmentChanges) {
    this.store = store;
    this.realmId = realmId;
    this.names = names;
    this.roleVersions = roleVersions;
    this.log = log;
    this.assignmentChanges = assignmentChanges;
  }

  void createOrUpdate(List<Role> wanted) {
    Map<String, StoredRole> stored = KeyIndex.of(store.roles().list(realmId), StoredRole::key);
    for (Role role : wanted) {
      StoredRole existing = stored.get(role.key());
      if (existing == null) {
        create(role);
        log.record(Operation.CREATE, Target.ROLE, role.key(), ChangeRepresentations.role(role));
        continue;
      }
      List<StoredRoleVersion> history = store.roles().versions(realmId, existing.id());
      if (!isPrefix(history, role.versions())) {
        recordAssignmentsAsDeleted(existing);
        store.roles().delete(realmId, existing.id());
        create(role);
        log.record(Operation.UPDATE, Target.ROLE, role.key(), ChangeRepresentations.role(role));
        continue;
      }
      if (update(existing, role, history.size())) {
        log.record(Operation.UPDATE, Target.ROLE, role.key(), ChangeRepresentations.role(role));
      }
    }
  }

  /** Renames the role if needed and saves the versions after the first {@code stored}. */
  private boolean update(StoredRole existing, Role role, int stored) {
    boolean changed = false;
    if (!Objects.equals(existing.name(), role.name())
        || !Objects.equals(existing.description(), role.description())) {
      store.roles().rename(realmId, existing.id(), role.name(), role.description());
      changed = true;
    }
    for (int i = stored; i < role.versions().size(); i++) {
      RoleVersion version = role.versions().get(i);
      roleVersions
          .save(
              existing.id(),
              i,
              role.name(),
              role.description(),
              version.grants(),
              version.requiresLicense(),
              version.saveMode())
          .orElseThrow(() -> new IllegalStateException("role changed under the write lock"));
      changed = true;
    }
    return changed;
  }

  /** A replaced role takes its assignments with it; the document's own are created again. */
  private void recordAssignmentsAsDeleted(StoredRole role) {
    Map<String, String> nodeKeys = nodeKeysById();
    for (StoredAssignment stored :
        store
            .assignments()
            .list(
                realmId,
                new AssignmentFilter(null, null, role.id(), null, null),
                0,
                Integer.MAX_VALUE)) {
      assignmentChanges.deleted(stored, names.subject(stored.subject()), role.key(), nodeKeys);
    }
  }

  private Map<String, String> nodeKeysById() {
    Map<String, String> keys = new HashMap<>();
    store.nodes().list(realmId).forEach(n -> keys.put(n.id(), n.key()));
    return keys;
  }

  private void create(Role role) {
    RoleVersion first = role.versions().get(0);
    StoredRole created =
        store
            .roles()
            .create(
                realmId,
                role.key(),
                role.name(),
                role.description(),
                first.grants(),
                first.requiresLicense());
    for (int i = 1; i < role.versions().size(); i++) {
      RoleVersion version = role.versions().get(i);
      roleVersions.save(
          created.id(),
          i,
          role.name(),
          role.description(),
          version.grants(),
          version.requiresLicense(),
          version.saveMode());
    }
  }

  /** Whether the stored history is the document's first versions, grants and license alike. */
  static boolean isPrefix(List<StoredRoleVersion> history, List<RoleVersion> versions) {
    if (history.size() > versions.size()) {
      return false;
    }
    for (int i = 0; i < history.size(); i++) {
      StoredRoleVersion stored = history.get(i);
      RoleVersion wanted = versions.get(i);
      if (!stored.grants().equals(wanted.grants())
          || stored.requiresLicense() != wanted.requiresLicense()) {
        return false;
      }
    }
    return true;
  }

  void deleteNotIn(List<Role> wanted) {
    Set<String> keys = wanted.stream().map(Role::key).collect(Collectors.toSet());
    for (StoredRole stored : store.roles().list(realmId)) {
      if (!keys.contains(stored.key())) {
        store.roles().delete(realmId, stored.id());
        log.record(
            Operation.DELETE, Target.ROLE, stored.key(), ChangeRepresentations.removedRole(stored));
      }
    }
  }
}
