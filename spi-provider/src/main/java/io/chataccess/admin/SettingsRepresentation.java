package io.chataccess.admin;

/** A realm's chat settings; {@code revision} is read-only. */
public record SettingsRepresentation(
    String departmentRootGroup, Boolean licensesRequired, Long revision) {}
