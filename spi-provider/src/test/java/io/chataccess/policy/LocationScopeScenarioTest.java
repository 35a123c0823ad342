package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.assign;
import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.license;
import static io.chataccess.policy.Fixtures.location;
import static io.chataccess.policy.Fixtures.nodeId;
import static io.chataccess.policy.Fixtures.onInboxes;
import static io.chataccess.policy.Fixtures.onNode;
import static io.chataccess.policy.Fixtures.role;
import static io.chataccess.policy.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Chat-agent-only users restricted to chosen inboxes, or to every current and future inbox of a
 * location (seed: RedFlag).
 */
@DisplayName("Scenario: agents limited to chosen inboxes or to a location")
class LocationScopeScenarioTest {

  private static final List<TreeNode> NODES =
      List.of(
          location("emea", null),
          location("berlin", "emea"),
          inbox("web-berlin", "berlin", "web"),
          inbox("wa-berlin", "berlin", "whatsapp"),
          location("paris", "emea"),
          inbox("web-paris", "paris", "web"),
          inbox("wa-paris", "paris", "whatsapp"));

  private static final Grants CHAT_AGENT = grants("chat.handle", "own", "conversation.view", "own");

  private final Resolver resolver = new Resolver();

  private static ChatPolicy policyOver(List<TreeNode> nodes) {
    return Fixtures.policy()
        .nodes(nodes)
        .licenses(license("agent-seat"))
        .roles(role("chat-agent", true, CHAT_AGENT))
        .assignments(
            assign(
                "chosen", Subject.user("chloe"), "chat-agent", onInboxes("web-berlin", "wa-paris")),
            assign("located", Subject.user("bernd"), "chat-agent", onNode("berlin")))
        .build();
  }

  private static List<String> inboxesOf(EffectivePermissions result, ChatPolicy policy) {
    return policy.tree().inboxes().stream()
        .filter(i -> result.level("chat.handle", i.id()) == Level.OWN)
        .map(TreeNode::key)
        .toList();
  }

  @Test
  @DisplayName("Given a chat-only agent limited to two chosen inboxes, only those two are granted")
  void chosenInboxes() {
    ChatPolicy policy = policyOver(NODES);
    EffectivePermissions result = resolver.resolve(policy, user("chloe", Set.of("agent-seat")));
    assertThat(inboxesOf(result, policy)).containsExactly("web-berlin", "wa-paris");
    assertThat(result.everywhere().isEmpty()).isTrue();
  }

  @Test
  @DisplayName(
      "Given an agent on every inbox of Berlin, an inbox added to Berlin later is included")
  void currentAndFutureInboxesOfALocation() {
    ChatPolicy before = policyOver(NODES);
    UserContext bernd = user("bernd", Set.of("agent-seat"));
    assertThat(inboxesOf(resolver.resolve(before, bernd), before))
        .containsExactly("wa-berlin", "web-berlin");

    List<TreeNode> grown = new ArrayList<>(NODES);
    grown.add(inbox("sms-berlin", "berlin", "sms"));
    grown.add(inbox("sms-paris", "paris", "sms"));
    ChatPolicy after = policyOver(grown);

    EffectivePermissions result = resolver.resolve(after, bernd);
    assertThat(inboxesOf(result, after)).containsExactly("sms-berlin", "wa-berlin", "web-berlin");
    assertThat(result.level("chat.handle", nodeId("sms-paris"))).isEqualTo(Level.NONE);
  }
}
