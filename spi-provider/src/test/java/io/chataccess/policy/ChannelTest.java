package io.chataccess.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"web", "in_app", "whatsapp", "sms", "email", "messenger", "apple", "line"})
  @DisplayName("the built-in channels are valid")
  void builtIns(String value) {
    assertThat(Channel.isValid(value)).isTrue();
    assertThat(Channel.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"custom:telegram", "custom:x", "custom:my-bot.v2"})
  @DisplayName("custom channels are valid")
  void custom(String value) {
    assertThat(Channel.parse(value)).map(Channel::toString).contains(value);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "WEB", "telegram", "custom:", "custom:Telegram", "custom:-x"})
  @DisplayName("anything else is not a channel")
  void invalid(String value) {
    assertThat(Channel.isValid(value)).isFalse();
    assertThat(Channel.parse(value)).isEmpty();
    assertThatThrownBy(() -> Channel.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("channels with the same value are equal")
  void equality() {
    assertThat(Channel.of("web")).isEqualTo(Channel.of("web")).isNotEqualTo(Channel.of("sms"));
  }
}
