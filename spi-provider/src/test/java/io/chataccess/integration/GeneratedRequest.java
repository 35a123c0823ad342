package io.chataccess.integration;

import java.util.List;
import java.util.Map;

/**
 * One generated HTTP request and what the generator knows about it: the fields it broke ({@code
 * faults}, as the paths a field error would name), whether the documentation forbids the request
 * ({@code invalid}: it must be rejected), a short description of its shape, which groups failures
 * in reports, and whether it carries an edge value ({@link FieldValue#asEdge()}).
 *
 * @param path below the API's base ({@code /inboxes?max=5}), query included and encoded
 * @param contentType the Content-Type header, or null for none
 * @param body the raw body, or null for none
 */
record GeneratedRequest(
    String method,
    String path,
    Map<String, String> headers,
    String contentType,
    String body,
    List<String> faults,
    boolean invalid,
    String shape,
    boolean edge) {

  static final String JSON = "application/json";

  GeneratedRequest {
    headers = Map.copyOf(headers);
    faults = List.copyOf(faults);
  }

  GeneratedRequest(
      String method,
      String path,
      Map<String, String> headers,
      String contentType,
      String body,
      List<String> faults,
      boolean invalid,
      String shape) {
    this(method, path, headers, contentType, body, faults, invalid, shape, false);
  }

  boolean isWrite() {
    return !method.equals("GET");
  }

  GeneratedRequest withContentType(String type, String newBody, String newShape) {
    return new GeneratedRequest(method, path, headers, type, newBody, faults, true, newShape, edge);
  }

  /** The request as a report shows it: long bodies cut in the middle. */
  String describe() {
    StringBuilder text = new StringBuilder(method).append(' ').append(path);
    headers.forEach((name, value) -> text.append("\n  ").append(name).append(": ").append(value));
    text.append("\n  Content-Type: ").append(contentType == null ? "(none)" : contentType);
    if (body != null) {
      text.append("\n  body (").append(body.length()).append(" chars): ").append(cut(body, 700));
    }
    return text.toString();
  }

  static String cut(String text, int max) {
    String visible = text.replace("\r", "\\r").replace("\n", "\\n");
    return visible.length() <= max
        ? visible
        : visible.substring(0, max / 2)
            + " [... "
            + (visible.length() - max)
            + " chars ...] "
            + visible.substring(visible.length() - max / 2);
  }
}
