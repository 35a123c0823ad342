package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.assign;
import static io.chataccess.policy.Fixtures.everything;
import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.group;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.license;
import static io.chataccess.policy.Fixtures.memberOf;
import static io.chataccess.policy.Fixtures.nodeId;
import static io.chataccess.policy.Fixtures.role;
import static io.chataccess.policy.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Administrator / Supervisor / Associate tiers (seed: Zoho SalesIQ), each given to a group over
 * every inbox.
 */
@DisplayName("Scenario: administrator, supervisor and associate tiers")
class ThreeTierScenarioTest {

  private static final List<String> VIEW =
      List.of("conversation.view", "transcript.view", "statistics.view", "channel.view");

  private static final Grants SUPERVISOR =
      grants(
          "conversation.view", "all",
          "transcript.view", "all",
          "statistics.view", "all",
          "channel.view", "all");

  private static final Grants ASSOCIATE =
      grants(
          "chat.handle", "own",
          "conversation.view", "own",
          "conversation.transfer", "own",
          "canned.use", "all",
          "presence.use", "all");

  private final ChatPolicy policy =
      Fixtures.policy()
          .nodes(inbox("web-main", null, "web"), inbox("wa-main", null, "whatsapp"))
          .licenses(license("operator"))
          .roles(
              role("administrator", true, everything()),
              role("supervisor", true, SUPERVISOR),
              role("associate", true, ASSOCIATE))
          .assignments(
              assign("admins", group("/admins"), "administrator", Scope.all()),
              assign("supervisors", group("/supervisors"), "supervisor", Scope.all()),
              assign("associates", group("/associates"), "associate", Scope.all()))
          .build();

  private final Resolver resolver = new Resolver();

  private EffectivePermissions resolve(String group) {
    return resolver.resolve(policy, user("u", Set.of("operator"), memberOf(group)));
  }

  @Test
  @DisplayName("Given an administrator, every permission of the catalog is granted at all")
  void administrator() {
    EffectivePermissions result = resolve("/admins");
    for (Permission p : PermissionCatalog.builtIn().permissions()) {
      assertThat(result.level(p.key(), nodeId("wa-main"))).as(p.key()).isEqualTo(Level.ALL);
    }
  }

  @Test
  @DisplayName("Given a supervisor, everything can be seen and nothing can be changed")
  void supervisor() {
    EffectivePermissions result = resolve("/supervisors");
    for (Permission p : PermissionCatalog.builtIn().permissions()) {
      Level expected = VIEW.contains(p.key()) ? Level.ALL : Level.NONE;
      assertThat(result.level(p.key(), nodeId("web-main"))).as(p.key()).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("Given an associate, they chat on their own conversations with limited data")
  void associate() {
    EffectivePermissions result = resolve("/associates");
    assertThat(result.level("chat.handle", nodeId("web-main"))).isEqualTo(Level.OWN);
    assertThat(result.level("conversation.view", nodeId("web-main"))).isEqualTo(Level.OWN);
    assertThat(result.level("transcript.view", nodeId("web-main"))).isEqualTo(Level.NONE);
    assertThat(result.level("statistics.view", nodeId("web-main"))).isEqualTo(Level.NONE);
    assertThat(result.level("conversation.delete", nodeId("web-main"))).isEqualTo(Level.NONE);
    assertThat(result.everywhere()).isEqualTo(ASSOCIATE);
  }
}
