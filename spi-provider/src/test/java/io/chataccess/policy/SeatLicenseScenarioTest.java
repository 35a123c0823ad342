package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.assign;
import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.group;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.license;
import static io.chataccess.policy.Fixtures.memberOf;
import static io.chataccess.policy.Fixtures.nodeId;
import static io.chataccess.policy.Fixtures.role;
import static io.chataccess.policy.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seat licenses gate chat rights (seed: Salesforce Enhanced Chat permission set license). The
 * "enhanced-chat-user" seat covers web and in-app chat only; the rep role requires it, the
 * transcript-viewer role does not.
 */
@DisplayName("Scenario: a seat license gates chat rights")
class SeatLicenseScenarioTest {

  private static final Grants REP =
      grants("chat.handle", "own", "conversation.view", "own", "canned.use", "all");

  private final ChatPolicy policy =
      Fixtures.policy()
          .nodes(
              inbox("web-main", null, "web"),
              inbox("app-main", null, "in_app"),
              inbox("wa-main", null, "whatsapp"))
          .licenses(license("enhanced-chat-user", "web", "in_app"))
          .roles(
              role("chat-rep", true, REP),
              role("transcript-viewer", false, grants("transcript.view", "all")))
          .assignments(
              assign("reps", group("/reps"), "chat-rep", Scope.all()),
              assign("auditors", group("/auditors"), "transcript-viewer", Scope.all()))
          .build();

  private final Resolver resolver = new Resolver();

  @Test
  @DisplayName("Given a rep without the seat license, the rep can do nothing in any inbox")
  void unlicensedRep() {
    EffectivePermissions result =
        resolver.resolve(policy, user("ria", Set.of(), memberOf("/reps")));
    assertThat(result.isEmpty()).isTrue();
    assertThat(result.level("chat.handle", nodeId("web-main"))).isEqualTo(Level.NONE);
  }

  @Test
  @DisplayName(
      "Given a licensed rep, the rep handles web and in-app chats but not WhatsApp, nor unknown"
          + " future channels")
  void licensedRep() {
    EffectivePermissions result =
        resolver.resolve(policy, user("rob", Set.of("enhanced-chat-user"), memberOf("/reps")));
    assertThat(result.grantsFor(nodeId("web-main"))).isEqualTo(REP);
    assertThat(result.grantsFor(nodeId("app-main"))).isEqualTo(REP);
    assertThat(result.grantsFor(nodeId("wa-main")).isEmpty()).isTrue();
    assertThat(result.everywhere().isEmpty()).isTrue();
  }

  @Test
  @DisplayName("Given an auditor without any license, the transcript-viewer role still works")
  void transcriptViewerNeedsNoLicense() {
    EffectivePermissions result =
        resolver.resolve(policy, user("ada", Set.of(), memberOf("/auditors")));
    assertThat(result.everywhere()).isEqualTo(grants("transcript.view", "all"));
    assertThat(result.level("transcript.view", nodeId("wa-main"))).isEqualTo(Level.ALL);
    assertThat(result.level("chat.handle", nodeId("web-main"))).isEqualTo(Level.NONE);
  }
}
