package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.grants;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EffectivePermissionsTest {

  private final EffectivePermissions result =
      EffectivePermissions.of(
          grants("chat.handle", "own", "canned.use", "all"),
          Map.of(
              "inbox-b", grants("chat.handle", "all", "canned.use", "all"),
              "inbox-a", grants("conversation.view", "department"),
              "inbox-c", grants("chat.handle", "own")));

  @Test
  @DisplayName("per-inbox grants keep only what exceeds the everywhere grants")
  void reduced() {
    assertThat(result.perInbox())
        .containsExactly(
            Map.entry("inbox-a", grants("conversation.view", "department")),
            Map.entry("inbox-b", grants("chat.handle", "all")));
    assertThat(result.inboxIds()).containsExactly("inbox-a", "inbox-b");
  }

  @Test
  @DisplayName("the level in an inbox is the higher of everywhere and the inbox's own grant")
  void level() {
    assertThat(result.level("chat.handle", "inbox-b")).isEqualTo(Level.ALL);
    assertThat(result.level("chat.handle", "inbox-a")).isEqualTo(Level.OWN);
    assertThat(result.level("chat.handle", "future-inbox")).isEqualTo(Level.OWN);
    assertThat(result.level("conversation.view", "inbox-b")).isEqualTo(Level.NONE);
  }

  @Test
  @DisplayName("grantsFor merges everywhere with the inbox's grants")
  void grantsFor() {
    assertThat(result.grantsFor("inbox-a"))
        .isEqualTo(
            grants("chat.handle", "own", "canned.use", "all", "conversation.view", "department"));
    assertThat(result.grantsFor("unknown")).isEqualTo(result.everywhere());
  }

  @Test
  @DisplayName("results are values and the empty result is empty")
  void values() {
    EffectivePermissions same =
        EffectivePermissions.of(
            grants("canned.use", "all", "chat.handle", "own"),
            Map.of(
                "inbox-a", grants("conversation.view", "department"),
                "inbox-b", grants("chat.handle", "all")));
    assertThat(result).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(result.isEmpty()).isFalse();
    assertThat(EffectivePermissions.empty().isEmpty()).isTrue();
    assertThat(EffectivePermissions.of(Grants.empty(), Map.of("x", Grants.empty())))
        .isEqualTo(EffectivePermissions.empty());
  }

  @Test
  @DisplayName(
      "narrowed to some permissions: others are gone, emptied inboxes drop out, shared grants stay"
          + " shared")
  void onlyOfSomePermissions() {
    Grants agent = Fixtures.grants("chat.handle", "own", "bots.manage", "all");
    Grants rater = Fixtures.grants("conversation.rate", "all");
    Map<String, Grants> perInbox = new LinkedHashMap<>();
    perInbox.put("a", agent);
    perInbox.put("b", agent);
    perInbox.put("c", rater);
    EffectivePermissions effective =
        EffectivePermissions.of(
            Fixtures.grants("presence.use", "all", "canned.use", "all"), perInbox);

    EffectivePermissions narrowed = effective.onlyOf(Set.of("chat.handle", "canned.use"));

    assertThat(narrowed.everywhere().asMap()).containsOnlyKeys("canned.use");
    assertThat(narrowed.inboxIds()).containsExactly("a", "b");
    assertThat(narrowed.perInbox().get("a").asMap()).containsOnlyKeys("chat.handle");
    assertThat(narrowed.perInbox().get("a")).isSameAs(narrowed.perInbox().get("b"));
    assertThat(narrowed.grantsFor("a").asMap()).containsOnlyKeys("chat.handle", "canned.use");
    assertThat(effective.onlyOf(Set.of("settings.edit")).isEmpty()).isTrue();
  }
}
