package io.chataccess.admin;

import java.util.ArrayList;
import java.util.List;

/** Collects the invalid fields of one request, so that the client learns of all of them at once. */
final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  FieldErrors add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** Adds the error unless {@code valid}; returns {@code valid}. */
  boolean check(boolean valid, String field, String message) {
    if (!valid) {
      add(field, message);
    }
    return valid;
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(List.copyOf(errors));
    }
  }
}
