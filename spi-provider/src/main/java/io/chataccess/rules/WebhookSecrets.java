package io.chataccess.rules;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Webhook secrets as the Standard Webhooks specification writes them: {@code whsec_} and the base64
 * of 24 to 64 random bytes, the HMAC key.
 */
public final class WebhookSecrets {

  public static final String PREFIX = "whsec_";

  /** The longest secret stored. */
  public static final int MAX_CHARS = 255;

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSecrets() {}

  public static String generate() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The HMAC key of a secret, or null when it is not one. */
  public static byte[] key(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > MAX_CHARS) {
      return null;
    }
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
      return key.length >= 24 && key.length <= 64 ? key : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
