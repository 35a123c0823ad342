package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.grants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a login step requires of a user's chat access")
class AccessRequirementTest {

  private final EffectivePermissions supervisorInBerlin =
      EffectivePermissions.of(
          grants("transcript.view", "own"),
          Map.of("berlin-web", grants("conversation.view", "all", "chat.handle", "department")));

  @Test
  @DisplayName("a license requirement asks for a license, whatever the permissions")
  void license() {
    AccessRequirement license = AccessRequirement.license();

    assertThat(license.isMetBy(supervisorInBerlin, Set.of())).isFalse();
    assertThat(license.isMetBy(EffectivePermissions.empty(), Set.of("lic-1"))).isTrue();
  }

  @Test
  @DisplayName("any permission: some grant anywhere counts, none does not")
  void anyPermission() {
    AccessRequirement any = AccessRequirement.anyPermission();

    assertThat(any.isMetBy(supervisorInBerlin, Set.of())).isTrue();
    assertThat(any.isMetBy(EffectivePermissions.empty(), Set.of("lic-1"))).isFalse();
  }

  @Test
  @DisplayName("a permission without an inbox is met by its highest level on any inbox")
  void permissionOnAnyInbox() {
    assertThat(
            AccessRequirement.permission("conversation.view", Level.ALL, null)
                .isMetBy(supervisorInBerlin, Set.of()))
        .isTrue();
    assertThat(
            AccessRequirement.permission("chat.handle", Level.ALL, null)
                .isMetBy(supervisorInBerlin, Set.of()))
        .isFalse();
    assertThat(
            AccessRequirement.permission("transcript.view", Level.OWN, null)
                .isMetBy(supervisorInBerlin, Set.of()))
        .as("a grant on every inbox counts too")
        .isTrue();
  }

  @Test
  @DisplayName("a permission on an inbox is met only by the level on that inbox")
  void permissionOnOneInbox() {
    assertThat(
            AccessRequirement.permission("conversation.view", Level.OWN, "berlin-web")
                .isMetBy(supervisorInBerlin, Set.of()))
        .isTrue();
    assertThat(
            AccessRequirement.permission("conversation.view", Level.OWN, "munich-web")
                .isMetBy(supervisorInBerlin, Set.of()))
        .isFalse();
    assertThat(
            AccessRequirement.permission("transcript.view", Level.OWN, "munich-web")
                .isMetBy(supervisorInBerlin, Set.of()))
        .isTrue();
  }

  @Test
  @DisplayName("a minimum level of none would require nothing and is refused")
  void noneIsNotAMinimum() {
    assertThatThrownBy(() -> AccessRequirement.permission("chat.handle", Level.NONE, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
