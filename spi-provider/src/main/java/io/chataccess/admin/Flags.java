package io.chataccess.admin;

import io.chataccess.rest.ProblemException;

/** Boolean query parameters: absent, {@code true} or {@code false}; anything else is a 400. */
final class Flags {

  private Flags() {}

  static boolean parse(String value, String name) {
    if (value == null || value.isEmpty() || "false".equals(value)) {
      return false;
    }
    if ("true".equals(value)) {
      return true;
    }
    throw ProblemException.invalid(name, "must be true or false");
  }
}
