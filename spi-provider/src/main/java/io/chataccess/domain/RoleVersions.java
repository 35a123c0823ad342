package io.chataccess.domain;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Subject;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.SaveMode;
import io.chataccess.store.StoredRole;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Saving a role's next version with its save mode, for the admin API and the document import alike:
 * {@code apply} makes every holder follow the new version (every pin of the role's assignments
 * goes, and every user kept back is released); {@code new-only} lets every user who holds the role
 * now, by any path, keep the version they had: each is kept on it (a user kept back before stays
 * where they are), and users who gain the role later get the new version. Runs in a {@link
 * WriteUnit}.
 */
public final class RoleVersions {

  private final WriteUnit unit;
  private final ChatAccessStore store;
  private final String realmId;
  private final KeycloakSession session;

  public RoleVersions(WriteUnit unit) {
    this.unit = unit;
    this.store = unit.store();
    this.realmId = unit.realmId();
    this.session = unit.session();
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
        keepHoldersAt(roleId, base);
      } else if (mode == SaveMode.APPLY) {
        store.assignments().unpinAll(realmId, roleId);
        store.keptVersions().releaseRole(realmId, roleId);
      }
      if (mode == SaveMode.NEW_ONLY) {
        // every holder keeps the version they had: nobody's permissions change
        unit.changes().kind(ChangeKinds.ROLE);
      } else {
        unit.declareRoleChange(roleId);
      }
    }
    return saved;
  }

  /** Who holds the role through an assignment that is not pinned itself keeps {@code version}. */
  private void keepHoldersAt(String roleId, int version) {
    List<Subject> subjects = store.assignments().unpinnedSubjects(realmId, roleId);
    if (subjects.isEmpty()) {
      return;
    }
    RealmModel realm = session.realms().getRealm(realmId);
    store.keptVersions().keep(realmId, roleId, version, RoleHolders.of(session, realm, subjects));
  }
}
