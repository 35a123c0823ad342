package io.chataccess.domain;

import io.chataccess.policy.Grants;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.SaveMode;
import io.chataccess.store.StoredRole;
import java.util.Optional;

/**
 * Saving a role's next version with its save mode, for the admin API and the document import alike:
 * {@code apply} makes every holder follow the new version (every pin of the role's assignments
 * goes); {@code new-only} lets everyone who holds the role now, by any path, keep the version they
 * had (every unpinned assignment of the role is pinned to it). Runs in a {@link WriteUnit}.
 */
public final class RoleVersions {

  private final ChatAccessStore store;
  private final String realmId;

  public RoleVersions(WriteUnit unit) {
    this.store = unit.store();
    this.realmId = unit.realmId();
  }

  /**
   * Saves version {@code base + 1}; empty when the role is no longer at {@code base} (someone else
   * saved first).
   */
  public Optional<StoredRole> save(
      String roleId,
      int base,
      String name,
      String description,
      Grants grants,
      boolean requiresLicense,
      SaveMode mode) {
    Optional<StoredRole> saved =
        store
            .roles()
            .saveVersion(realmId, roleId, base, name, description, grants, requiresLicense, mode);
    if (saved.isPresent()) {
      if (mode == SaveMode.NEW_ONLY) {
        store.assignments().pinUnpinned(realmId, roleId, base);
      } else if (mode == SaveMode.APPLY) {
        store.assignments().unpinAll(realmId, roleId);
      }
    }
    return saved;
  }
}
