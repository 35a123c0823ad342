package io.chataccess.admin;

/** A license holder. To add one, send {@code userId} or {@code username}. */
public record HolderRepresentation(
    String userId,
    String username,
    String source,
    Long grantedAt,
    String licenseId,
    String licenseKey) {}
