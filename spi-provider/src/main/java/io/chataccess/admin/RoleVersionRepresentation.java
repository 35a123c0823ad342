package io.chataccess.admin;

import java.util.Map;

/**
 * One saved version of a chat role; {@code keptUsers}: how many users a "new only" save kept on it
 * (they hold the role by an assignment that is not pinned itself, and get this version).
 */
public record RoleVersionRepresentation(
    int version,
    Map<String, String> grants,
    boolean requiresLicense,
    String saveMode,
    long createdAt,
    long keptUsers) {}
