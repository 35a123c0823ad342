package io.chataccess.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.Resolver;
import io.chataccess.policy.Subject;
import io.chataccess.policy.TreeNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The generated realm at scale")
class ScaleRealmTest {

  private final ScaleRealm generated = ScaleRealm.generate(ScaleRealmSeed.SEED);
  private final ScalePolicy realm = new ScalePolicy(generated);

  @Test
  @DisplayName(
      "has the sizes of issue 8: 1,000 inboxes in 50 locations, 50 roles, 20,000 assignments")
  void sizes() {
    ChatPolicy policy = realm.policy();

    assertThat(policy.tree().inboxes()).hasSize(1_000);
    assertThat(policy.tree().nodes().stream().filter(n -> !n.isInbox())).hasSize(50);
    assertThat(policy.tree().roots()).hasSize(50);
    assertThat(policy.role("role-49")).isPresent();
    assertThat(policy.role(ScaleRealm.SUPERVISOR_ROLE)).isPresent();
    assertThat(policy.role("role-50")).isEmpty();
    assertThat(ScaleRealm.GROUPS).isEqualTo(200);
    assertThat(generated.grants()).hasSize(20_000);
    assertThat(generated.users()).hasSize(10_000);
    assertThat(generated.groupPaths()).hasSize(200);
    int reaching = 0;
    for (ScaleRealm.User user : generated.users()) {
      reaching += policy.assignmentsOf(Subject.user(user.username())).size();
    }
    assertThat(reaching).as("assignments of generated users").isGreaterThan(15_000);
  }

  @Test
  @DisplayName("is the same for the same seed and different for another")
  void reproducible() {
    ScalePolicy again = new ScalePolicy(ScaleRealm.generate(ScaleRealmSeed.SEED));
    ScalePolicy other = new ScalePolicy(ScaleRealm.generate(ScaleRealmSeed.SEED + 1));
    Resolver resolver = new Resolver();
    String user = realm.heaviestUser();

    assertThat(again.heaviestUser()).isEqualTo(user);
    assertThat(resolver.resolve(again.policy(), again.user(user)))
        .isEqualTo(resolver.resolve(realm.policy(), realm.user(user)));
    assertThat(channels(other)).isNotEqualTo(channels(realm));
  }

  @Test
  @DisplayName("the supervisor has grants on every inbox; the heaviest user outweighs the typical")
  void usersToMeasure() {
    Resolver resolver = new Resolver();

    assertThat(
            resolver
                .resolve(realm.policy(), realm.user(ScaleRealm.SUPERVISOR))
                .grantsFor("loc-49-in-19")
                .level("chat.handle")
                .name())
        .isEqualTo("ALL");
    String typical = realm.typicalAgent();
    assertThat(resolver.resolve(realm.policy(), realm.user(typical)).isEmpty()).isFalse();
    assertThat(realm.assignmentCount(typical))
        .isPositive()
        .isLessThan(realm.assignmentCount(realm.heaviestUser()));
  }

  private static String channels(ScalePolicy realm) {
    StringBuilder text = new StringBuilder();
    for (TreeNode inbox : realm.policy().tree().inboxes()) {
      text.append(inbox.channel().value()).append(',');
    }
    return text.toString();
  }
}
