package io.chataccess.admin;

/** The suspension switch of a user; {@code changedAt} is read-only. */
public record SuspensionRepresentation(Boolean suspended, String reason, Long changedAt) {}
