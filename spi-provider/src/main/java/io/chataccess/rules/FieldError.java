package io.chataccess.rules;

/** One invalid field of a request: its JSON path (e.g. {@code scope.inboxIds[2]}) and why. */
public record FieldError(String field, String message) {}
