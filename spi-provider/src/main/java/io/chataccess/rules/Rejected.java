package io.chataccess.rules;

import java.util.List;

/**
 * A request or document the rules refuse, with why: invalid input (with the fields at fault), an
 * unknown item, or a conflict with what is stored. Knows nothing of HTTP: the admin API turns it
 * into a problem document, the startup import logs it. Thrown before anything is written, or inside
 * a write unit whose transaction is then rolled back.
 */
public final class Rejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal: decides the HTTP status at the REST edge. */
  public enum Reason {
    INVALID,
    NOT_FOUND,
    CONFLICT
  }

  private final Reason reason;
  private final transient List<FieldError> fieldErrors;

  private Rejected(Reason reason, String detail, List<FieldError> fieldErrors) {
    super(detail, null, false, false);
    this.reason = reason;
    this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
  }

  public Reason reason() {
    return reason;
  }

  /** The fields at fault; empty when the refusal concerns the request as a whole. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  public static Rejected invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : "The request has " + errors.size() + " errors.";
    return new Rejected(Reason.INVALID, detail, errors);
  }

  public static Rejected invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  /** Input that cannot be read at all (not JSON, wrong shape): no single field to name. */
  public static Rejected malformed(String detail) {
    return new Rejected(Reason.INVALID, detail, null);
  }

  public static Rejected notFound(String detail) {
    return new Rejected(Reason.NOT_FOUND, detail, null);
  }

  public static Rejected conflict(String detail) {
    return new Rejected(Reason.CONFLICT, detail, null);
  }

  public static Rejected conflict(String field, String detail) {
    return new Rejected(Reason.CONFLICT, detail, List.of(new FieldError(field, detail)));
  }
}
