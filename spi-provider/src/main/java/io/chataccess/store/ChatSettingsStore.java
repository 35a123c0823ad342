package io.chataccess.store;

/** Per-realm settings, revision and write lock. */
public interface ChatSettingsStore {

  /** The settings; defaults when the realm has never been used. */
  ChatSettings get(String realmId);

  /**
   * The realm's revision as committed now, read from the database even when the settings are
   * already loaded in this session (0 for a realm never used).
   */
  long committedRevision(String realmId);

  /** Whether the realm's chat data has been set up (its settings row exists). */
  boolean isInitialized(String realmId);

  /**
   * Creates the settings row if missing. Returns true when it created it (the realm's first use).
   */
  boolean initialize(String realmId);

  ChatSettings update(String realmId, String departmentRootGroupId, boolean licensesRequired);

  /**
   * Increments the realm's revision. The row stays locked until the transaction ends, so every
   * write of the realm that starts with this call is serialized against the others.
   */
  long lockAndBumpRevision(String realmId);

  /** Clears the department root if it is this group. */
  void forgetDepartmentRoot(String realmId, String groupId);
}
