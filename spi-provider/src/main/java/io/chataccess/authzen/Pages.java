package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search APIs' pagination: results in a stable order, {@code page.limit} of them at a time
 * (default and maximum {@value #MAX_LIMIT}), and an opaque {@code next_token} that holds the offset
 * and a fingerprint of the search, so that a token sent with another search is refused.
 */
final class Pages {

  static final int MAX_LIMIT = 1000;

  private final int offset;
  private final int limit;
  private final String fingerprint;

  private Pages(int offset, int limit, String fingerprint) {
    this.offset = offset;
    this.limit = limit;
    this.fingerprint = fingerprint;
  }

  static Pages of(JsonNode request) {
    JsonNode page = request.get("page");
    if (page != null && !page.isNull() && !page.isObject()) {
      throw AuthzenFailure.badRequest("page must be an object");
    }
    JsonNode limitNode = page == null ? null : page.get("limit");
    int limit = MAX_LIMIT;
    if (limitNode != null && !limitNode.isNull()) {
      if (!limitNode.canConvertToInt()
          || !limitNode.isIntegralNumber()
          || limitNode.intValue() < 0) {
        throw AuthzenFailure.badRequest("page.limit must be a non-negative integer");
      }
      limit = limitNode.intValue() == 0 ? MAX_LIMIT : Math.min(limitNode.intValue(), MAX_LIMIT);
    }
    String fingerprint = fingerprint(request);
    JsonNode token = page == null ? null : page.get("token");
    if (token == null || token.isNull() || token.asText().isEmpty()) {
      return new Pages(0, limit, fingerprint);
    }
    return new Pages(offset(token, fingerprint), limit, fingerprint);
  }

  /** The page of {@code results} this request asked for, with the page object. */
  Map<String, Object> answer(List<? extends Map<String, Object>> results) {
    int from = Math.min(offset, results.size());
    int to = Math.min(results.size(), from + limit);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("next_token", to < results.size() ? token(to) : "");
    page.put("count", to - from);
    page.put("total", results.size());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("page", page);
    answer.put("results", results.subList(from, to));
    return answer;
  }

  private String token(int next) {
    String text = next + ":" + fingerprint;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(JsonNode token, String fingerprint) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token.asText()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw AuthzenFailure.badRequest("page.token is not a token of this server");
    }
    int colon = text.indexOf(':');
    if (colon < 1 || !text.substring(colon + 1).equals(fingerprint)) {
      throw AuthzenFailure.badRequest(
          "page.token belongs to another search: send the same search with the token");
    }
    try {
      int offset = Integer.parseInt(text.substring(0, colon));
      if (offset >= 0) {
        return offset;
      }
      throw AuthzenFailure.badRequest("page.token is not a token of this server");
    } catch (NumberFormatException e) {
      throw AuthzenFailure.badRequest("page.token is not a token of this server");
    }
  }

  /** The search without its token: what must stay the same from page to page. */
  private static String fingerprint(JsonNode request) {
    ObjectNode copy = ((ObjectNode) request).deepCopy();
    if (copy.get("page") instanceof ObjectNode page) {
      page.remove("token");
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(copy.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
