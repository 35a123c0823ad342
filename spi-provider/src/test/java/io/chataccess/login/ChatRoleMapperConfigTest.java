package io.chataccess.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The chat role mapper's match of a claim or attribute")
class ChatRoleMapperConfigTest {

  private final ChatRoleMapperConfig config =
      new ChatRoleMapperConfig("groups", "chat-supervisors", "supervisor", null);

  @Test
  @DisplayName("a single value matches only when equal")
  void singleValue() {
    assertThat(config.matches("chat-supervisors")).isTrue();
    assertThat(config.matches("chat-supervisors-emea")).isFalse();
    assertThat(config.matches(null)).isFalse();
  }

  @Test
  @DisplayName("a list matches when one entry is equal, also in nested lists")
  void lists() {
    assertThat(config.matches(List.of("staff", "chat-supervisors"))).isTrue();
    assertThat(config.matches(List.of("staff", List.of("chat-supervisors")))).isTrue();
    assertThat(config.matches(List.of("staff"))).isFalse();
    assertThat(config.matches(List.of())).isFalse();
  }

  @Test
  @DisplayName("a configuration without claim, value or role is incomplete and does nothing")
  void incomplete() {
    assertThat(config.isComplete()).isTrue();
    assertThat(new ChatRoleMapperConfig("groups", null, "supervisor", null).isComplete()).isFalse();
    assertThat(new ChatRoleMapperConfig(null, "x", "supervisor", null).isComplete()).isFalse();
  }
}
