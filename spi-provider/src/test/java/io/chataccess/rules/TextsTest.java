package io.chataccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Support EMEA", "Zürich", "東京 inbox", "emoji \uD83D\uDCAC"})
  void printable_names_pass(String name) {
    FieldErrors errors = new FieldErrors();

    Texts.name(name, "name", errors);

    assertThat(errors.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "tab\there",
        "bell\u0007",
        "nul\u0000",
        "lone \uD83D surrogate",
        "\uFFFF"
      })
  void control_characters_blank_names_and_broken_unicode_fail(String name) {
    FieldErrors errors = new FieldErrors();

    Texts.name(name, "name", errors);

    assertThat(errors.isEmpty()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 10_000})
  void names_longer_than_255_fail(int length) {
    FieldErrors errors = new FieldErrors();

    Texts.name("x".repeat(length), "name", errors);

    assertThat(errors.isEmpty()).isFalse();
  }
}
