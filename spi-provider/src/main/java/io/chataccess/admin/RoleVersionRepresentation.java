package io.chataccess.admin;

import java.util.Map;

/** One saved version of a chat role. */
public record RoleVersionRepresentation(
    int version,
    Map<String, String> grants,
    boolean requiresLicense,
    String saveMode,
    long createdAt) {}
