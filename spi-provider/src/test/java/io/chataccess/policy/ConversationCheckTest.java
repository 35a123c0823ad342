package io.chataccess.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversationCheckTest {

  @ParameterizedTest(name = "level {0}, owner {1}, owner departments {2}: allowed {3}")
  @CsvSource({
    "none,       ,        ,     false",
    "own,        ,        ,     true",
    "none,       alice,   ,     false",
    "own,        alice,   ,     true",
    "own,        bob,     ,     false",
    "own,        bob,     sales, false",
    "department, alice,   ,     true",
    "department, bob,     sales, true",
    "department, bob,     hr,   false",
    "department, bob,     ,     false",
    "all,        bob,     hr,   true",
    "all,        ,        ,     true"
  })
  void the_level_decides_which_conversations_are_allowed(
      String level, String owner, String ownerDepartment, boolean allowed) {
    ConversationCheck.Decision decision =
        ConversationCheck.decide(
            Level.fromWireName(level).orElseThrow(),
            "alice",
            List.of("sales", "support"),
            owner,
            ownerDepartment == null ? null : List.of(ownerDepartment));

    assertThat(decision.allowed()).isEqualTo(allowed);
    assertThat(decision.level().wireName()).isEqualTo(level);
    assertThat(decision.reason()).isNotBlank();
  }

  @org.junit.jupiter.api.Test
  void departments_are_compared_as_whole_paths_and_the_reason_names_the_shared_one() {
    List<String> alices = List.of("emea/service");

    ConversationCheck.Decision across =
        ConversationCheck.decide(
            Level.DEPARTMENT, "alice", alices, "bob", List.of("americas/service", "service"));
    ConversationCheck.Decision shared =
        ConversationCheck.decide(
            Level.DEPARTMENT, "alice", alices, "carol", List.of("hr", "emea/service"));

    assertThat(across.allowed()).isFalse();
    assertThat(shared.allowed()).isTrue();
    assertThat(shared.reason()).contains("emea/service");
  }
}
