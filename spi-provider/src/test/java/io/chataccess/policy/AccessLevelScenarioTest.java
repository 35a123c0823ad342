package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.assign;
import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.group;
import static io.chataccess.policy.Fixtures.hasRealmRole;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.license;
import static io.chataccess.policy.Fixtures.memberOf;
import static io.chataccess.policy.Fixtures.nodeId;
import static io.chataccess.policy.Fixtures.realmRole;
import static io.chataccess.policy.Fixtures.role;
import static io.chataccess.policy.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Per-permission access levels own / department / all, highest level wins across roles given to
 * users, departments and roles (seed: Bitrix24 Contact Center).
 */
@DisplayName("Scenario: per-permission access levels, highest wins across roles")
class AccessLevelScenarioTest {

  private final ChatPolicy policy =
      Fixtures.policy()
          .nodes(inbox("web-main", null, "web"))
          .licenses(license("seat"))
          .roles(
              role(
                  "operator",
                  true,
                  grants(
                      "chat.handle", "own", "conversation.view", "own", "statistics.view", "own")),
              role(
                  "team-lead",
                  true,
                  grants(
                      "conversation.view",
                      "department",
                      "statistics.view",
                      "department",
                      "conversation.join",
                      "department")),
              role(
                  "quality",
                  true,
                  grants(
                      "conversation.view",
                      "all",
                      "transcript.view",
                      "all",
                      "conversation.rate",
                      "all")))
          .assignments(
              assign("sales-dept", group("/departments/sales"), "operator", Scope.all()),
              assign("leads", realmRole("team-lead"), "team-lead", Scope.all()),
              assign("qa", Subject.user("quinn"), "quality", Scope.all()))
          .build();

  private final Resolver resolver = new Resolver();

  private Level level(UserContext user, String permission) {
    return resolver.resolve(policy, user).level(permission, nodeId("web-main"));
  }

  @Test
  @DisplayName("Given an operator of the sales department, they reach their own conversations")
  void operator() {
    UserContext sam = user("sam", Set.of("seat"), memberOf("/departments/sales"));
    assertThat(level(sam, "chat.handle")).isEqualTo(Level.OWN);
    assertThat(level(sam, "conversation.view")).isEqualTo(Level.OWN);
    assertThat(level(sam, "conversation.join")).isEqualTo(Level.NONE);
  }

  @Test
  @DisplayName(
      "Given a sales operator who also holds the team-lead realm role, each permission takes"
          + " the higher level of the two roles")
  void operatorAndTeamLead() {
    UserContext tess =
        user("tess", Set.of("seat"), memberOf("/departments/sales"), hasRealmRole("team-lead"));
    assertThat(level(tess, "chat.handle")).isEqualTo(Level.OWN);
    assertThat(level(tess, "conversation.view")).isEqualTo(Level.DEPARTMENT);
    assertThat(level(tess, "statistics.view")).isEqualTo(Level.DEPARTMENT);
    assertThat(level(tess, "conversation.join")).isEqualTo(Level.DEPARTMENT);
  }

  @Test
  @DisplayName("Given a team lead who is also in quality assurance, all beats department")
  void threeRoles() {
    UserContext quinn =
        user("quinn", Set.of("seat"), memberOf("/departments/sales"), hasRealmRole("team-lead"));
    assertThat(level(quinn, "conversation.view")).isEqualTo(Level.ALL);
    assertThat(level(quinn, "statistics.view")).isEqualTo(Level.DEPARTMENT);
    assertThat(level(quinn, "conversation.rate")).isEqualTo(Level.ALL);
    assertThat(level(quinn, "chat.handle")).isEqualTo(Level.OWN);
  }

  @Test
  @DisplayName("Given a member of another department, the sales grants do not reach them")
  void otherDepartment() {
    UserContext sue = user("sue", Set.of("seat"), memberOf("/departments/support"));
    assertThat(resolver.resolve(policy, sue).isEmpty()).isTrue();
  }
}
