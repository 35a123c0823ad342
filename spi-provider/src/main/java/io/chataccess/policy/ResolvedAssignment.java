package io.chataccess.policy;

/**
 * One assignment as it applies to one user: reached through {@code membership}, with the role
 * version in effect ({@code null} for inline grants), its grants fitted to the catalog, and whether
 * those grants are license-gated. {@code keptBack} says that the version is the one a "new only"
 * save kept the user on (then {@code pinned} is true too).
 */
record ResolvedAssignment(
    Assignment assignment,
    Membership membership,
    ChatRole role,
    RoleVersion version,
    boolean pinned,
    boolean keptBack,
    Grants grants,
    boolean gated) {

  Scope scope() {
    return assignment.scope();
  }
}
