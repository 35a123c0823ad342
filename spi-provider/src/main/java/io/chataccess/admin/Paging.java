package io.chataccess.admin;

import io.chataccess.rest.ProblemException;
import io.chataccess.rules.FieldErrors;

/** {@code first} and {@code max} query parameters, validated. */
record Paging(int first, int max) {

  static final int DEFAULT_MAX = 100;
  static final int LIMIT = 1000;

  static Paging of(String first, String max) {
    FieldErrors errors = new FieldErrors();
    int from = parse(first, 0, "first", errors);
    int size = parse(max, DEFAULT_MAX, "max", errors);
    errors.check(size <= LIMIT, "max", "must be at most " + LIMIT);
    ProblemException.throwIfAny(errors);
    return new Paging(from, size);
  }

  private static int parse(String value, int fallback, String name, FieldErrors errors) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      errors.check(parsed >= 0, name, "must not be negative");
      return Math.max(parsed, 0);
    } catch (NumberFormatException e) {
      errors.add(name, "must be a whole number");
      return fallback;
    }
  }
}
