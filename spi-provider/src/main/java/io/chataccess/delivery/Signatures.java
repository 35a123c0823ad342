package io.chataccess.delivery;

import io.chataccess.rules.WebhookSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} and the base64 HMAC-SHA256, keyed by the secret's
 * bytes, of {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class Signatures {

  private Signatures() {}

  static String sign(String secret, String id, long timestampSeconds, String body) {
    byte[] key = WebhookSecrets.key(secret);
    if (key == null) {
      throw new IllegalArgumentException("not a webhook secret");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signed =
          mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
