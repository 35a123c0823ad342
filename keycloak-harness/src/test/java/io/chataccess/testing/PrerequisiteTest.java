package io.chataccess.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

@DisplayName("A missing prerequisite skips a suite, except under CI=true where it fails it")
class PrerequisiteTest {

  @Test
  @DisplayName("a prerequisite that is met lets the test run, in CI or not")
  void met_prerequisite_passes() {
    assertThatCode(() -> Prerequisite.require(true, "unused", Map.of())).doesNotThrowAnyException();
    assertThatCode(() -> Prerequisite.require(true, "unused", Map.of("CI", "true")))
        .doesNotThrowAnyException();
  }

  @Test
  @DisplayName("without CI a missing prerequisite is an assumption that skips, with the reason")
  void missing_prerequisite_skips_outside_ci() {
    assertThatThrownBy(() -> Prerequisite.require(false, "needs PostgreSQL", Map.of()))
        .isExactlyInstanceOf(TestAbortedException.class)
        .hasMessageContaining("needs PostgreSQL");
    assertThatThrownBy(() -> Prerequisite.require(false, "needs PostgreSQL", Map.of("CI", "false")))
        .isExactlyInstanceOf(TestAbortedException.class);
  }

  @Test
  @DisplayName("under CI=true a missing prerequisite fails the test, with the reason")
  void missing_prerequisite_fails_in_ci() {
    for (String value : new String[] {"true", "TRUE", " true "}) {
      assertThatThrownBy(() -> Prerequisite.require(false, "needs Chromium", Map.of("CI", value)))
          .as("CI=%s", value)
          .isExactlyInstanceOf(AssertionFailedError.class)
          .hasMessageContaining("needs Chromium")
          .hasMessageContaining("CI=true");
    }
  }
}
