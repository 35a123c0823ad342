package io.chataccess.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LevelTest {

  @Test
  @DisplayName("levels are ordered none < own < department < all")
  void order() {
    assertThat(Level.values()).containsExactly(Level.NONE, Level.OWN, Level.DEPARTMENT, Level.ALL);
    assertThat(Level.DEPARTMENT.isAtLeast(Level.OWN)).isTrue();
    assertThat(Level.OWN.isAtLeast(Level.DEPARTMENT)).isFalse();
    assertThat(Level.OWN.isAtLeast(Level.OWN)).isTrue();
  }

  @Test
  @DisplayName("max picks the higher level whichever side it is on")
  void max() {
    assertThat(Level.OWN.max(Level.ALL)).isEqualTo(Level.ALL);
    assertThat(Level.ALL.max(Level.OWN)).isEqualTo(Level.ALL);
    assertThat(Level.NONE.max(Level.NONE)).isEqualTo(Level.NONE);
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  @DisplayName("wire names are lower case and read back")
  void wireNames(Level level) {
    assertThat(level.wireName()).isEqualTo(level.name().toLowerCase());
    assertThat(Level.fromWireName(level.wireName())).contains(level);
  }

  @Test
  @DisplayName("unknown or missing wire names are not levels")
  void unknownWireName() {
    assertThat(Level.fromWireName("ALL")).isEmpty();
    assertThat(Level.fromWireName("personal")).isEmpty();
    assertThat(Level.fromWireName(null)).isEmpty();
  }
}
