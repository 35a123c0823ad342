package io.chataccess.store;

import io.chataccess.policy.Grants;
import java.util.List;
import java.util.Optional;

/** Chat roles and their versions. */
public interface ChatRoleStore {

  List<StoredRole> list(String realmId);

  Optional<StoredRole> find(String realmId, String id);

  Optional<StoredRole> findByKey(String realmId, String key);

  /** Creates the role at version 1. */
  StoredRole create(
      String realmId,
      String key,
      String name,
      String description,
      Grants grants,
      boolean requiresLicense);

  /**
   * Saves version {@code expectedVersion + 1}; empty when the role is no longer at {@code
   * expectedVersion} (someone else saved first).
   */
  Optional<StoredRole> saveVersion(
      String realmId,
      String id,
      int expectedVersion,
      String name,
      String description,
      Grants grants,
      boolean requiresLicense,
      SaveMode mode);

  /** Changes name and description only: no new version. False when the role does not exist. */
  boolean rename(String realmId, String id, String name, String description);

  List<StoredRoleVersion> versions(String realmId, String id);

  /** Removes the role, its versions and every assignment of it. */
  void delete(String realmId, String id);
}
