package io.chataccess.rules;

import java.util.ArrayList;
import java.util.List;

/** Collects the invalid fields of one request, so that the client learns of all of them at once. */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  /** A name as it appears in a field path: readable even for a hostile 100,000-character name. */
  public static String inPath(String name) {
    if (name == null) {
      return "null";
    }
    return name.length() > 100 ? name.substring(0, 100) + "..." : name;
  }

  public FieldErrors add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** Adds the error unless {@code valid}; returns {@code valid}. */
  public boolean check(boolean valid, String field, String message) {
    if (!valid) {
      add(field, message);
    }
    return valid;
  }

  public List<FieldError> list() {
    return List.copyOf(errors);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw Rejected.invalid(List.copyOf(errors));
    }
  }
}
