package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.assign;
import static io.chataccess.policy.Fixtures.assignInline;
import static io.chataccess.policy.Fixtures.assignPinned;
import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.license;
import static io.chataccess.policy.Fixtures.nodeId;
import static io.chataccess.policy.Fixtures.onNode;
import static io.chataccess.policy.Fixtures.role;
import static io.chataccess.policy.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Permission profiles with "save and apply to existing agents" versus "save for new agents only",
 * per-agent extra permissions, and channels whose box covers all sub-channels (seed: agent
 * permission profiles).
 */
@DisplayName("Scenario: permission profiles, versions, extras and sub-channels")
class PermissionProfileScenarioTest {

  private static final Grants V1 = grants("chat.handle", "own", "conversation.view", "own");
  private static final Grants V2 =
      grants("chat.handle", "own", "conversation.view", "own", "conversation.transfer", "all");

  /**
   *
   *
   * <pre>
   * whatsapp (inbox)
   *   wa-sales (sub-inbox)
   *   wa-support (sub-inbox)
   * web (inbox)
   * </pre>
   */
  private final Fixtures.PolicyBuilder base =
      Fixtures.policy()
          .nodes(
              inbox("whatsapp", null, "whatsapp"),
              inbox("wa-sales", "whatsapp", "whatsapp"),
              inbox("wa-support", "whatsapp", "whatsapp"),
              inbox("web", null, "web"))
          .licenses(license("seat"))
          .roles(role("agent", new RoleVersion(1, V1, true), new RoleVersion(2, V2, true)));

  private final Resolver resolver = new Resolver();

  @Test
  @DisplayName(
      "Given version 2 saved for new agents only, the existing agent keeps version 1 and a new"
          + " agent gets version 2")
  void newOnlyKeepsPinnedVersion() {
    ChatPolicy policy =
        base.assignments(
                assignPinned("old", Subject.user("olga"), "agent", 1, Scope.all()),
                assign("new", Subject.user("nina"), "agent", Scope.all()))
            .build();
    assertThat(resolver.resolve(policy, user("olga", Set.of("seat"))).everywhere()).isEqualTo(V1);
    assertThat(resolver.resolve(policy, user("nina", Set.of("seat"))).everywhere()).isEqualTo(V2);
  }

  @Test
  @DisplayName("Given version 2 saved and applied to existing agents, the existing agent gets it")
  void applyMovesExistingAgents() {
    ChatPolicy policy =
        base.assignments(assign("old", Subject.user("olga"), "agent", Scope.all())).build();
    EffectivePermissions result = resolver.resolve(policy, user("olga", Set.of("seat")));
    assertThat(result.everywhere()).isEqualTo(V2);
    assertThat(result.level("conversation.transfer", nodeId("web"))).isEqualTo(Level.ALL);
  }

  @Test
  @DisplayName("Given an agent with extra permissions on WhatsApp, they add to the profile there")
  void extraGrantsOnTopOfProfile() {
    ChatPolicy policy =
        base.assignments(
                assignPinned("profile", Subject.user("olga"), "agent", 1, Scope.all()),
                assignInline(
                    "extra",
                    Subject.user("olga"),
                    grants("conversation.delete", "own", "chat.handle", "department"),
                    onNode("whatsapp")))
            .build();
    EffectivePermissions result = resolver.resolve(policy, user("olga", Set.of("seat")));
    assertThat(result.grantsFor(nodeId("wa-sales")))
        .isEqualTo(
            grants(
                "chat.handle",
                "department",
                "conversation.view",
                "own",
                "conversation.delete",
                "own"));
    assertThat(result.grantsFor(nodeId("web"))).isEqualTo(V1);
  }

  @Test
  @DisplayName("Given an agent on the WhatsApp channel box, every WhatsApp sub-inbox is covered")
  void channelBoxCoversSubChannels() {
    ChatPolicy policy =
        base.assignments(assign("wa", Subject.user("walt"), "agent", onNode("whatsapp"))).build();
    EffectivePermissions result = resolver.resolve(policy, user("walt", Set.of("seat")));
    assertThat(result.inboxIds())
        .containsExactlyInAnyOrder(nodeId("whatsapp"), nodeId("wa-sales"), nodeId("wa-support"));
    assertThat(result.level("chat.handle", nodeId("web"))).isEqualTo(Level.NONE);
  }
}
