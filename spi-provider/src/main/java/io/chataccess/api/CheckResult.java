package io.chataccess.api;

/** The answer to a {@link CheckRequest}. */
public record CheckResult(boolean allowed, String level, String reason) {}
