package io.chataccess.store;

import io.chataccess.policy.Grants;

/** One saved version of a chat role. */
public record StoredRoleVersion(
    String roleId,
    int version,
    Grants grants,
    boolean requiresLicense,
    SaveMode saveMode,
    long createdAt) {}
