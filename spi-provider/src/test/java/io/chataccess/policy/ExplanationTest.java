package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.assign;
import static io.chataccess.policy.Fixtures.assignInline;
import static io.chataccess.policy.Fixtures.assignPinned;
import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.group;
import static io.chataccess.policy.Fixtures.hasRealmRole;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.license;
import static io.chataccess.policy.Fixtures.location;
import static io.chataccess.policy.Fixtures.memberOf;
import static io.chataccess.policy.Fixtures.nodeId;
import static io.chataccess.policy.Fixtures.onInboxes;
import static io.chataccess.policy.Fixtures.onNode;
import static io.chataccess.policy.Fixtures.realmRole;
import static io.chataccess.policy.Fixtures.role;
import static io.chataccess.policy.Fixtures.suspended;
import static io.chataccess.policy.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.policy.Explanation.Contribution;
import io.chataccess.policy.Explanation.DropReason;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  private final ChatPolicy policy =
      Fixtures.policy()
          .nodes(
              location("emea", null),
              location("berlin", "emea"),
              inbox("wa-berlin", "berlin", "whatsapp"),
              inbox("web-berlin", "berlin", "web"),
              inbox("web-main", null, "web"))
          .licenses(license("web-seat", "web"))
          .roles(
              role(
                  "agent",
                  new RoleVersion(1, grants("chat.handle", "own"), true),
                  new RoleVersion(2, grants("chat.handle", "department"), true)),
              role("lead", false, grants("chat.handle", "department", "statistics.view", "all")))
          .assignments(
              assignPinned("agent-v1", group("/support"), "agent", 1, onNode("berlin")),
              assign("lead", realmRole("team-lead"), "lead", Scope.all()),
              assignInline(
                  "extra",
                  Subject.user("ann"),
                  grants("chat.handle", "all"),
                  onInboxes("wa-berlin")),
              assign("elsewhere", Subject.user("ann"), "lead", onInboxes("web-main")))
          .build();

  private final Resolver resolver = new Resolver();

  private final UserContext ann =
      user("ann", Set.of("web-seat"), memberOf("/support"), hasRealmRole("team-lead"));

  private Contribution byId(Explanation explanation, String assignmentId) {
    return explanation.contributions().stream()
        .filter(c -> c.assignmentId().equals(assignmentId))
        .findFirst()
        .orElseThrow();
  }

  @Nested
  class Contributions {

    @Test
    @DisplayName("only assignments whose scope includes the inbox and grant the permission appear")
    void onlyInScope() {
      Explanation e = resolver.explain(policy, ann, "chat.handle", nodeId("web-berlin"));
      assertThat(e.contributions())
          .extracting(Contribution::assignmentId)
          .containsExactly("agent-v1", "lead");
      Explanation stats = resolver.explain(policy, ann, "statistics.view", nodeId("web-berlin"));
      assertThat(stats.contributions())
          .extracting(Contribution::assignmentId)
          .containsExactly("lead");
    }

    @Test
    @DisplayName("a contribution names its role, version, subject, membership and scope")
    void details() {
      Explanation e = resolver.explain(policy, ann, "chat.handle", nodeId("web-berlin"));
      Contribution agent = byId(e, "agent-v1");
      assertThat(agent.roleId()).isEqualTo("r-agent");
      assertThat(agent.roleKey()).isEqualTo("agent");
      assertThat(agent.roleName()).isEqualTo("Agent");
      assertThat(agent.inline()).isFalse();
      assertThat(agent.subject()).isEqualTo(group("/support"));
      assertThat(agent.via()).isEqualTo("member of /support");
      assertThat(agent.scope()).isEqualTo("node emea/berlin");
      assertThat(agent.source()).isEqualTo("manual");
      Contribution lead = byId(e, "lead");
      assertThat(lead.scope()).isEqualTo("all");
      assertThat(lead.via()).isEqualTo("realm role team-lead");
    }

    @Test
    @DisplayName("inline grants are reported without role or version, with their inbox list")
    void inline() {
      Explanation e = resolver.explain(policy, ann, "chat.handle", nodeId("wa-berlin"));
      Contribution extra = byId(e, "extra");
      assertThat(extra.inline()).isTrue();
      assertThat(extra.roleKey()).isNull();
      assertThat(extra.version()).isNull();
      assertThat(extra.scope()).isEqualTo("inboxes wa-berlin");
      assertThat(extra.level()).isEqualTo(Level.ALL);
    }
  }

  @Nested
  class Versions {

    @Test
    @DisplayName("the pinned version used is reported as pinned")
    void pinnedReported() {
      Contribution agent =
          byId(resolver.explain(policy, ann, "chat.handle", nodeId("web-berlin")), "agent-v1");
      assertThat(agent.version()).isEqualTo(1);
      assertThat(agent.pinned()).isTrue();
      assertThat(agent.level()).isEqualTo(Level.OWN);
    }

    @Test
    @DisplayName("a pin to a missing version reports the current version, not pinned")
    void missingPinReportsCurrent() {
      ChatPolicy stale =
          Fixtures.policy()
              .nodes(inbox("web-main", null, "web"))
              .roles(
                  role(
                      "agent",
                      new RoleVersion(2, grants("chat.handle", "own"), false),
                      new RoleVersion(3, grants("chat.handle", "all"), false)))
              .assignments(assignPinned("a", Subject.user("ann"), "agent", 1, Scope.all()))
              .build();
      Contribution c =
          resolver
              .explain(stale, user("ann", Set.of()), "chat.handle", nodeId("web-main"))
              .contributions()
              .get(0);
      assertThat(c.version()).isEqualTo(3);
      assertThat(c.pinned()).isFalse();
      assertThat(c.level()).isEqualTo(Level.ALL);
    }
  }

  @Nested
  class Winning {

    @Test
    @DisplayName("the contributions with the resulting level are winning, lower ones are not")
    void winnersMarked() {
      Explanation e = resolver.explain(policy, ann, "chat.handle", nodeId("web-berlin"));
      assertThat(e.level()).isEqualTo(Level.DEPARTMENT);
      assertThat(byId(e, "lead").winning()).isTrue();
      assertThat(byId(e, "agent-v1").winning()).isFalse();
      assertThat(e.winners()).extracting(Contribution::assignmentId).containsExactly("lead");
    }

    @Test
    @DisplayName("several contributions with the same, resulting level all win")
    void ties() {
      ChatPolicy tied =
          Fixtures.policy()
              .nodes(inbox("web-main", null, "web"))
              .roles(role("lead", false, grants("chat.handle", "department")))
              .assignments(
                  assign("a1", Subject.user("ann"), "lead", Scope.all()),
                  assign("a2", group("/g"), "lead", onNode("web-main")))
              .build();
      Explanation e =
          resolver.explain(
              tied, user("ann", Set.of(), memberOf("/g")), "chat.handle", nodeId("web-main"));
      assertThat(e.winners()).extracting(Contribution::assignmentId).containsExactly("a1", "a2");
    }
  }

  @Nested
  class Dropped {

    @Test
    @DisplayName("a gated grant on a channel the user's licenses do not cover is dropped: license")
    void licenseDropped() {
      Explanation e = resolver.explain(policy, ann, "chat.handle", nodeId("wa-berlin"));
      assertThat(byId(e, "extra").dropped()).isEqualTo(DropReason.LICENSE);
      assertThat(byId(e, "extra").winning()).isFalse();
      assertThat(byId(e, "agent-v1").dropped()).isEqualTo(DropReason.LICENSE);
      assertThat(byId(e, "lead").dropped()).isNull();
      assertThat(e.level()).isEqualTo(Level.DEPARTMENT);
      assertThat(DropReason.LICENSE.wireName()).isEqualTo("license");
    }

    @Test
    @DisplayName("for a suspended user the level is none and every contribution is dropped")
    void suspendedDropsAll() {
      Explanation e = resolver.explain(policy, suspended(ann), "chat.handle", nodeId("web-berlin"));
      assertThat(e.suspended()).isTrue();
      assertThat(e.level()).isEqualTo(Level.NONE);
      assertThat(e.contributions())
          .hasSize(2)
          .allSatisfy(
              c -> {
                assertThat(c.dropped()).isEqualTo(DropReason.SUSPENDED);
                assertThat(c.winning()).isFalse();
              });
    }
  }

  @Nested
  class Unknown {

    @Test
    @DisplayName("an unknown inbox, a location or an unknown permission explain as none")
    void unknowns() {
      for (Explanation e :
          List.of(
              resolver.explain(policy, ann, "chat.handle", "no-such-inbox"),
              resolver.explain(policy, ann, "chat.handle", nodeId("berlin")),
              resolver.explain(policy, ann, "crm.export", nodeId("web-berlin")))) {
        assertThat(e.level()).isEqualTo(Level.NONE);
        assertThat(e.contributions()).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("the explained level always equals the resolved level")
  void agreesWithResolve() {
    List<UserContext> users =
        List.of(
            ann,
            user("ann", Set.of()),
            user("ann", Set.of("web-seat"), memberOf("/support")),
            suspended(ann));
    int checked = 0;
    for (UserContext u : users) {
      EffectivePermissions resolved = resolver.resolve(policy, u);
      for (TreeNode inbox : policy.tree().inboxes()) {
        for (Permission p : policy.catalog().permissions()) {
          assertThat(resolver.explain(policy, u, p.key(), inbox.id()).level())
              .as("%s %s %s", u, p.key(), inbox.key())
              .isEqualTo(resolved.level(p.key(), inbox.id()));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(4 * 3 * 18);
  }
}
