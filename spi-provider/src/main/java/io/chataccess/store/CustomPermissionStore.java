package io.chataccess.store;

import io.chataccess.policy.Permission;
import java.util.List;
import java.util.Optional;

/** Permissions a realm adds to the built-in catalog. */
public interface CustomPermissionStore {

  List<Permission> list(String realmId);

  Optional<Permission> find(String realmId, String key);

  Permission create(String realmId, Permission permission);

  void delete(String realmId, String key);

  /** Whether a role's current version or an assignment's inline grants name the permission. */
  boolean isInUse(String realmId, String key);

  /**
   * Whether any version of a role (pinned versions stay in effect, and every version is exported)
   * grants the permission at {@code own} or {@code department}: levels a yes/no permission cannot
   * hold.
   */
  boolean isScopedInRoles(String realmId, String key);

  /**
   * Whether an assignment's extra grants give the permission at {@code own} or {@code department}.
   */
  boolean isScopedInAssignments(String realmId, String key);
}
