package io.chataccess.rest;

import io.chataccess.rules.FieldError;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Rejected;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * Ends a request with a problem document. The response carries its entity, so JAX-RS sends it as it
 * is. Thrown before anything is written, or after a failed write whose transaction is marked for
 * rollback.
 */
public final class ProblemException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  private ProblemException(Problem problem) {
    super(problem.detail(), JsonResponses.problem(problem));
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  /** The problem document of a refusal by the rules or a domain operation. */
  public static ProblemException of(Rejected rejected) {
    List<FieldError> fields = rejected.fieldErrors().isEmpty() ? null : rejected.fieldErrors();
    return switch (rejected.reason()) {
      case INVALID ->
          fields == null ? malformed(rejected.getMessage()) : invalid(rejected.fieldErrors());
      case NOT_FOUND -> notFound(rejected.getMessage());
      case CONFLICT ->
          new ProblemException(
              new Problem(
                  Problem.TYPE_PREFIX + "conflict",
                  "Conflict",
                  409,
                  rejected.getMessage(),
                  fields));
    };
  }

  /** Ends the request with a 400 naming every invalid field, if there is one. */
  public static void throwIfAny(FieldErrors errors) {
    if (!errors.isEmpty()) {
      throw invalid(errors.list());
    }
  }

  public static ProblemException invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : "The request has " + errors.size() + " errors.";
    return new ProblemException(
        new Problem(Problem.TYPE_PREFIX + "invalid-input", "Invalid input", 400, detail, errors));
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  public static ProblemException malformed(String detail) {
    return new ProblemException(
        new Problem(Problem.TYPE_PREFIX + "invalid-input", "Invalid input", 400, detail, null));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(
        new Problem(Problem.TYPE_PREFIX + "not-found", "Not found", 404, detail, null));
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(
        new Problem(Problem.TYPE_PREFIX + "conflict", "Conflict", 409, detail, null));
  }

  public static ProblemException conflict(String field, String detail) {
    return new ProblemException(
        new Problem(
            Problem.TYPE_PREFIX + "conflict",
            "Conflict",
            409,
            detail,
            List.of(new FieldError(field, detail))));
  }

  /** The server's transaction timeout ended the request's transaction: 503, nothing kept. */
  public static ProblemException timedOut(String detail) {
    return new ProblemException(
        new Problem(
            Problem.TYPE_PREFIX + "transaction-timeout", "Transaction timeout", 503, detail, null));
  }

  /** The server cannot answer now (e.g. a revision not reached): 503, nothing changed. */
  public static ProblemException unavailable(String detail) {
    return new ProblemException(
        new Problem(Problem.TYPE_PREFIX + "unavailable", "Service unavailable", 503, detail, null));
  }

  /** A body in another format than the endpoint reads: 415, never parsed. */
  public static ProblemException unsupportedMediaType(String detail) {
    return new ProblemException(
        new Problem(
            Problem.TYPE_PREFIX + "unsupported-media-type",
            "Unsupported media type",
            415,
            detail,
            null));
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(
        new Problem(Problem.TYPE_PREFIX + "unauthorized", "Unauthorized", 401, detail, null));
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(
        new Problem(Problem.TYPE_PREFIX + "forbidden", "Forbidden", 403, detail, null));
  }
}
