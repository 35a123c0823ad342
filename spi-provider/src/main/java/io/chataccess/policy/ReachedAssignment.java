package io.chataccess.policy;

/**
 * An assignment that reaches the user, with the membership through which it does and the grants it
 * carries once role versions are chosen and grants checked against the catalog.
 */
record ReachedAssignment(
    Assignment assignment,
    Membership membership,
    ChatRole role,
    RoleVersion version,
    Grants grants,
    boolean licenseGated) {

  boolean pinned() {
    return role != null
        && assignment.pinnedVersion() != null
        && version.number() == assignment.pinnedVersion();
  }
}
