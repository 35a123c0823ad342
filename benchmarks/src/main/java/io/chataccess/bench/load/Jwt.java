package io.chataccess.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** Reads a JWT's payload and measures a claim in it. */
public final class Jwt {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Jwt() {}

  public static JsonNode payload(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      throw new IllegalArgumentException("not a JWT");
    }
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Bytes of the claim as compact JSON (UTF-8), as it sits in the token before base64; 0 if absent.
   */
  static int claimBytes(JsonNode payload, String claim) {
    JsonNode value = payload.get(claim);
    if (value == null) {
      return 0;
    }
    try {
      return JSON.writeValueAsBytes(value).length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
