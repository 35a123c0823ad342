package io.chataccess.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The JSON size of a value equals the bytes Jackson writes for it")
class JsonSizeTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  @ParameterizedTest(name = "string {0}")
  @ValueSource(
      strings = {
        "",
        "web-berlin",
        "quote \" and backslash \\",
        "tab\tnewline\nreturn\rformfeed\fbackspace\b",
        "control \u0001 and \u001f",
        "slash / stays",
        "Zürich Å ß",
        "日本語の受信箱",
        "emoji 😀 and 👩‍💻",
        "lone surrogate \ud800 end"
      })
  void strings(String text) throws Exception {
    assertThat(JsonSize.of(text)).isEqualTo(jacksonBytes(text));
    assertThat(JsonSize.of(Map.of(text, List.of(text, 12, true))))
        .isEqualTo(jacksonBytes(Map.of(text, List.of(text, 12, true))));
  }

  @ParameterizedTest(name = "claim with {0} inboxes")
  @ValueSource(ints = {0, 1, 2, 17})
  void claims(int inboxCount) throws Exception {
    Map<String, Integer> inboxes = new LinkedHashMap<>();
    for (int i = 0; i < inboxCount; i++) {
      inboxes.put("inbox-" + i, i % 3);
    }
    ChatClaim claim =
        new ChatClaim(
            1234567890123L,
            List.of("web-seat", "wa-seat"),
            inboxCount % 2 == 0 ? null : List.of("support-emea"),
            Map.of("presence.use", "all"),
            Arrays.asList(
                Map.of("chat.handle", "all"),
                Map.of("conversation.view", "department", "transcript.view", "own"),
                Map.of()),
            inboxes,
            inboxCount != 2);

    assertThat(JsonSize.of(claim.toJson())).isEqualTo(jacksonBytes(claim.toJson()));
  }

  private static int jacksonBytes(Object value) throws Exception {
    return JACKSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8).length;
  }
}
