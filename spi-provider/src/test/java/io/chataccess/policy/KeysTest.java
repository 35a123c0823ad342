package io.chataccess.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeysTest {

  @ParameterizedTest
  @ValueSource(strings = {"web-main", "wa.berlin", "0", "support_emea", "a23456789"})
  @DisplayName("node keys start with a lower-case letter or digit")
  void validKeys(String value) {
    assertThat(Keys.isValidKey(value)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-web", "Web", "web main", ".x", "web/main"})
  @DisplayName("other node keys are rejected")
  void invalidKeys(String value) {
    assertThat(Keys.isValidKey(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {63, 64})
  @DisplayName("node keys are at most 63 characters long")
  void keyLength(int length) {
    assertThat(Keys.isValidKey("a".repeat(length))).isEqualTo(length <= 63);
  }

  @ParameterizedTest
  @ValueSource(strings = {"crm.export", "chat.handle", "a.b.c.d", "crm_x.export-all"})
  @DisplayName("permission keys are dotted lower-case words")
  void validPermissionKeys(String value) {
    assertThat(Keys.isValidPermissionKey(value)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"crm", "Crm.export", "crm.", "a.b.c.d.e", "1crm.export", "crm..x"})
  @DisplayName("other permission keys are rejected")
  void invalidPermissionKeys(String value) {
    assertThat(Keys.isValidPermissionKey(value)).isFalse();
  }
}
