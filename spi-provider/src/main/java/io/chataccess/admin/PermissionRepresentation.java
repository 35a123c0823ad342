package io.chataccess.admin;

/** A catalog entry; {@code kind} is scoped or boolean; {@code builtIn} is read-only. */
public record PermissionRepresentation(
    String key, String kind, String description, Boolean builtIn, String requires) {}
