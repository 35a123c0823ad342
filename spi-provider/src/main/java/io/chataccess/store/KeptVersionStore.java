package io.chataccess.store;

import java.util.Collection;
import java.util.Map;

/**
 * The versions a "new only" save kept users on: one row per role and user. A kept version applies
 * to the user's assignments of the role that are not pinned themselves; "apply" releases them all.
 */
public interface KeptVersionStore {

  /**
   * Keeps {@code version} of the role for each of {@code userIds} not yet kept on a version of it
   * (a user kept back by an earlier save stays on that version). Answers how many were added.
   */
  int keep(String realmId, String roleId, int version, Collection<String> userIds);

  /** Releases every user kept on a version of the role (save mode apply, role deleted). */
  void releaseRole(String realmId, String roleId);

  /** Releases the user from every role (user deleted). */
  void releaseUser(String realmId, String userId);

  /** Per version of the role, how many users are kept on it. */
  Map<Integer, Long> countsByVersion(String realmId, String roleId);

  /** Every kept version of the realm, for its snapshot. */
  KeptVersions all(String realmId);
}
