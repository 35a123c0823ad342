package io.chataccess.authzen;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the Authorization API refuses as a whole (400, 401, 403). The body is the error shape
 * the specification uses for a failed evaluation inside a batch, {@code {"status", "message"}}, so
 * a client reads one shape for both kinds of error.
 */
final class AuthzenFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  AuthzenFailure(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static AuthzenFailure badRequest(String message) {
    return new AuthzenFailure(400, message);
  }

  int status() {
    return status;
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", getMessage());
    return body;
  }
}
