package io.chataccess.admin;

import java.util.Map;

/** A chat role at its current version. {@code id} and {@code version} are read-only. */
public record RoleRepresentation(
    String id,
    String key,
    String name,
    String description,
    Boolean requiresLicense,
    Integer version,
    Map<String, String> grants) {}
