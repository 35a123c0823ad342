package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.assign;
import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.keptOn;
import static io.chataccess.policy.Fixtures.location;
import static io.chataccess.policy.Fixtures.memberOf;
import static io.chataccess.policy.Fixtures.nodeId;
import static io.chataccess.policy.Fixtures.onNode;
import static io.chataccess.policy.Fixtures.role;
import static io.chataccess.policy.Fixtures.suspended;
import static io.chataccess.policy.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Resolution key and memo: equal inputs share a resolution, nothing else does")
class ResolutionKeyTest {

  private static final ChatRole AGENT = role("agent", false, grants("chat.handle", "all"));
  private static final ChatRole VIEWER = role("viewer", true, grants("transcript.view", "all"));

  private final ChatPolicy policy =
      Fixtures.policy()
          .nodes(location("emea", null), inbox("web-1", "emea", "web"))
          .roles(AGENT, VIEWER)
          .licenses(Fixtures.license("seat"))
          .assignments(
              assign("a1", Fixtures.group("/team"), "agent", onNode("emea")),
              assign("a2", Subject.user("bob"), "viewer", onNode("emea")))
          .build();

  @Test
  @DisplayName("team mates without own assignments have equal keys")
  void team_mates_share() {
    assertThat(key(user("alice", Set.of("seat"), memberOf("/team"))))
        .isEqualTo(key(user("carol", Set.of("seat"), memberOf("/team"))));
  }

  @Test
  @DisplayName("an own assignment, another license, suspension or kept version make keys differ")
  void what_tells_users_apart() {
    ResolutionKey alice = key(user("alice", Set.of("seat"), memberOf("/team")));
    assertThat(key(user("bob", Set.of("seat"), memberOf("/team")))).isNotEqualTo(alice);
    assertThat(key(user("carol", Set.of(), memberOf("/team")))).isNotEqualTo(alice);
    assertThat(key(suspended(user("carol", Set.of("seat"), memberOf("/team")))))
        .isNotEqualTo(alice);
    assertThat(key(keptOn(user("carol", Set.of("seat"), memberOf("/team")), "agent", 1)))
        .isNotEqualTo(alice);
    assertThat(key(user("carol", Set.of("seat"), memberOf("/other")))).isNotEqualTo(alice);
  }

  @Test
  @DisplayName("the memo answers what the resolver answers, per key")
  void memo_equals_resolution() {
    Resolver resolver = new Resolver();
    for (UserContext user :
        new UserContext[] {
          user("alice", Set.of("seat"), memberOf("/team")),
          user("bob", Set.of("seat"), memberOf("/team")),
          user("carol", Set.of("seat"), memberOf("/team")),
          user("dave", Set.of())
        }) {
      EffectivePermissions memoized =
          policy.memo(ResolutionKey.of(policy, user), () -> resolver.resolve(policy, user));
      assertThat(memoized).as(user.userId()).isEqualTo(resolver.resolve(policy, user));
    }
    UserContext bob = user("bob", Set.of("seat"), memberOf("/team"));
    assertThat(
            policy
                .<EffectivePermissions>memo(ResolutionKey.of(policy, bob), () -> null)
                .level("transcript.view", nodeId("web-1")))
        .as("bob's own viewer assignment, kept under his key")
        .isEqualTo(Level.ALL);
  }

  private ResolutionKey key(UserContext user) {
    return ResolutionKey.of(policy, user);
  }
}
