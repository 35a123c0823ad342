package io.chataccess.rest;

import io.chataccess.rules.FieldError;
import java.util.List;

/** An RFC 9457 problem document, with the invalid fields of a request. */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  static final String TYPE_PREFIX = "urn:chat-access:problem:";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }
}
