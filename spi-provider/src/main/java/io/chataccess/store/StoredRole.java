package io.chataccess.store;

import io.chataccess.policy.Grants;

/** A chat role with its current version's content. */
public record StoredRole(
    String id,
    String key,
    String name,
    String description,
    int version,
    Grants grants,
    boolean requiresLicense) {}
