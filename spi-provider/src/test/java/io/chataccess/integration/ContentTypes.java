package io.chataccess.integration;

import java.util.ArrayList;
import java.util.List;

/**
 * A valid JSON body sent with other content types: every write takes {@code application/json} only,
 * so each of these must be rejected (415, or 400) with a problem document, changing nothing.
 */
final class ContentTypes {

  private static final String BOUNDARY = "chat-access-generated";

  private ContentTypes() {}

  static List<GeneratedRequest> variants(GeneratedRequest valid) {
    List<GeneratedRequest> variants = new ArrayList<>();
    String json = valid.body();
    variants.add(valid.withContentType("text/plain", json, "JSON as text/plain"));
    variants.add(
        valid.withContentType(
            "text/plain; charset=utf-8", json, "JSON as text/plain; charset=utf-8"));
    variants.add(
        valid.withContentType(
            "multipart/form-data; boundary=" + BOUNDARY, multipart(json), "multipart/form-data"));
    variants.add(
        valid.withContentType(
            "application/x-www-form-urlencoded",
            "body=" + RequestArbitraries.encode(json),
            "form-encoded"));
    variants.add(valid.withContentType("application/xml", "<body/>", "application/xml"));
    variants.add(valid.withContentType(null, json, "JSON without a content type"));
    return variants;
  }

  /** The JSON as the one part of a multipart form, as a browser form upload sends it. */
  static String multipart(String json) {
    return "--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\"body\"; filename=\"body.json\""
        + "\r\nContent-Type: application/json\r\n\r\n"
        + json
        + "\r\n--"
        + BOUNDARY
        + "--\r\n";
  }
}
