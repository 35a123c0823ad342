package io.chataccess.integration;

/**
 * One generated value for one field of a request: the JSON value (a String, Number, Boolean, List,
 * Map or null), a short description of its shape for failure reports ({@code text(256)}, {@code
 * [null]}), whether the documented rules forbid it (so the request must be rejected), and whether a
 * rejection must then name the field.
 */
record FieldValue(Object json, String shape, boolean invalid, boolean namesField, boolean edge) {

  FieldValue(Object json, String shape, boolean invalid) {
    this(json, shape, invalid, true, false);
  }

  /**
   * The same value marked as an edge: one just past a limit, or a known trap (a null in an array, a
   * null section). Every edge is sent twice before the random tries.
   */
  FieldValue asEdge() {
    return new FieldValue(json, shape, invalid, namesField, true);
  }

  static FieldValue valid(Object json, String shape) {
    return new FieldValue(json, shape, false);
  }

  static FieldValue invalid(Object json, String shape) {
    return new FieldValue(json, shape, true);
  }

  /**
   * Invalid, but the error is the body's, not the field's: JSON nested deeper than a parser takes
   * is refused before any field is read.
   */
  static FieldValue invalidBody(Object json, String shape) {
    return new FieldValue(json, shape, true, false, false);
  }

  /** Neither clearly allowed nor clearly forbidden by the documentation: only no 5xx is asked. */
  static FieldValue doubtful(Object json, String shape) {
    return new FieldValue(json, shape, false);
  }
}
