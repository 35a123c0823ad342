package io.chataccess.store;

import io.chataccess.policy.ChatPolicy;
import org.keycloak.provider.Provider;

/** The provider through which everything reads and writes chat data. One per session. */
public interface ChatAccessStore extends Provider {

  /** Provider id of the JPA implementation, which the caching decorator wraps. */
  String JPA_PROVIDER_ID = "chat-access-jpa";

  InboxNodeStore nodes();

  LicenseStore licenses();

  ChatRoleStore roles();

  AssignmentStore assignments();

  ChatSettingsStore settings();

  SuspensionStore suspensions();

  CustomPermissionStore permissions();

  KeptVersionStore keptVersions();

  /** The change log: one entry per revision (docs/changes.md). */
  ChangeStore changes();

  /**
   * Everything the resolver needs of the realm, loaded in a fixed number of queries (or taken from
   * the cache while the realm's revision has not changed).
   */
  ChatPolicy loadPolicy(String realmId);

  /**
   * The policy together with the realm's license holdings, suspensions and department root, read at
   * one revision (or taken from the cache while the revision has not changed).
   */
  RealmSnapshot loadSnapshot(String realmId);

  /** Removes every row of the realm (realm removal). */
  void removeRealm(String realmId);

  @Override
  default void close() {}
}
