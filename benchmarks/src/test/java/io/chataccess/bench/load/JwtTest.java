package io.chataccess.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtTest {

  private static String jwt(String payload) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".sig";
  }

  @Test
  void a_claim_is_measured_as_compact_json() {
    String token = jwt("{\"sub\":\"x\",\"chat\": {\"v\": 1, \"complete\": true}}");
    assertThat(Jwt.claimBytes(Jwt.payload(token), "chat"))
        .isEqualTo("{\"v\":1,\"complete\":true}".length());
  }

  @Test
  void an_absent_claim_has_no_bytes() {
    assertThat(Jwt.claimBytes(Jwt.payload(jwt("{\"sub\":\"x\"}")), "chat")).isZero();
  }
}
