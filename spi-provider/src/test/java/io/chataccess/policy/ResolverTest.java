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
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResolverTest {

  /**
   *
   *
   * <pre>
   * emea
   *   berlin
   *     wa-berlin (whatsapp)
   *       wa-berlin-vip (whatsapp)
   *     web-berlin (web)
   *   paris
   *     web-paris (web)
   * web-main (web)
   * </pre>
   */
  private static final TreeNode[] TREE = {
    location("emea", null),
    location("berlin", "emea"),
    inbox("wa-berlin", "berlin", "whatsapp"),
    inbox("wa-berlin-vip", "wa-berlin", "whatsapp"),
    inbox("web-berlin", "berlin", "web"),
    location("paris", "emea"),
    inbox("web-paris", "paris", "web"),
    inbox("web-main", null, "web")
  };

  private static final List<String> ALL_INBOXES =
      List.of("wa-berlin", "wa-berlin-vip", "web-berlin", "web-paris", "web-main");

  /** Needs a license. */
  private static final ChatRole AGENT =
      role("agent", true, grants("chat.handle", "own", "conversation.view", "own"));

  /** Needs no license. */
  private static final ChatRole VIEWER = role("viewer", false, grants("transcript.view", "all"));

  private static final LicenseType WEB_SEAT = license("web-seat", "web", "in_app");
  private static final LicenseType FULL_SEAT = license("full-seat");

  private final Resolver resolver = new Resolver();

  private static Fixtures.PolicyBuilder base() {
    return Fixtures.policy().nodes(TREE).roles(AGENT, VIEWER).licenses(WEB_SEAT, FULL_SEAT);
  }

  private static UserContext alice(Membership... memberships) {
    return user("alice", Set.of("full-seat"), memberships);
  }

  private static List<String> inboxesWith(
      EffectivePermissions result, String permission, Level level) {
    return ALL_INBOXES.stream()
        .filter(key -> result.level(permission, nodeId(key)) == level)
        .toList();
  }

  @Nested
  class Suspension {

    @Test
    @DisplayName("a suspended user gets nothing, whatever is assigned")
    void suspendedGetsNothing() {
      ChatPolicy policy =
          base()
              .assignments(
                  assign("a1", Subject.user("alice"), "viewer", Scope.all()),
                  assign("a2", Subject.user("alice"), "agent", onNode("emea")))
              .build();
      assertThat(resolver.resolve(policy, alice()).isEmpty()).isFalse();
      assertThat(resolver.resolve(policy, suspended(alice())))
          .isEqualTo(EffectivePermissions.empty());
    }
  }

  @Nested
  class Memberships {

    private final ChatPolicy policy =
        base()
            .assignments(
                assign("to-group", group("/support"), "viewer", Scope.all()),
                assign("to-role", realmRole("chat-agent"), "agent", onNode("berlin")))
            .build();

    @Test
    @DisplayName("a grant from a group assignment reaches members of its subgroups")
    void groupReachesSubgroupMembers() {
      // The adapter expands membership of /support/emea into /support as well.
      UserContext member = alice(memberOf("/support/emea"), memberOf("/support"));
      UserContext outsider = alice(memberOf("/sales"));
      assertThat(resolver.resolve(policy, member).everywhere())
          .isEqualTo(grants("transcript.view", "all"));
      assertThat(resolver.resolve(policy, outsider).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a grant to a realm role reaches users holding it")
    void realmRoleReachesHolders() {
      EffectivePermissions result = resolver.resolve(policy, alice(hasRealmRole("chat-agent")));
      assertThat(inboxesWith(result, "chat.handle", Level.OWN))
          .containsExactly("wa-berlin", "wa-berlin-vip", "web-berlin");
    }

    @Test
    @DisplayName("an assignment reached through two memberships counts once")
    void reachedTwiceCountsOnce() {
      UserContext twice =
          alice(memberOf("/support"), new Membership(group("/support"), "member of /support/emea"));
      assertThat(resolver.resolve(policy, twice))
          .isEqualTo(resolver.resolve(policy, alice(memberOf("/support"))));
      assertThat(
              resolver
                  .explain(policy, twice, "transcript.view", nodeId("web-main"))
                  .contributions())
          .singleElement()
          .extracting(Explanation.Contribution::via)
          .isEqualTo("member of /support");
    }
  }

  @Nested
  class RoleVersions {

    private final ChatRole twoVersions =
        role(
            "profile",
            new RoleVersion(1, grants("chat.handle", "own"), false),
            new RoleVersion(2, grants("chat.handle", "all"), false));

    private Level chatHandle(Assignment assignment) {
      ChatPolicy policy = base().roles(twoVersions).assignments(assignment).build();
      return resolver.resolve(policy, alice()).level("chat.handle", nodeId("web-main"));
    }

    @Test
    @DisplayName("a pinned assignment uses its pinned version")
    void pinned() {
      assertThat(chatHandle(assignPinned("a", Subject.user("alice"), "profile", 1, Scope.all())))
          .isEqualTo(Level.OWN);
    }

    @Test
    @DisplayName("an unpinned assignment uses the current version")
    void unpinned() {
      assertThat(chatHandle(assign("a", Subject.user("alice"), "profile", Scope.all())))
          .isEqualTo(Level.ALL);
    }

    private Explanation.Contribution keptContribution(Assignment assignment, int keptVersion) {
      ChatPolicy policy = base().roles(twoVersions).assignments(assignment).build();
      UserContext kept = Fixtures.keptOn(alice(), "profile", keptVersion);
      return resolver
          .explain(policy, kept, "chat.handle", nodeId("web-main"))
          .contributions()
          .get(0);
    }

    @Test
    @DisplayName(
        "a user kept back by a new-only save gets the kept version on unpinned assignments")
    void keptBack() {
      Explanation.Contribution kept =
          keptContribution(assign("a", Subject.user("alice"), "profile", Scope.all()), 1);
      assertThat(kept.level()).isEqualTo(Level.OWN);
      assertThat(kept.version()).isEqualTo(1);
      assertThat(kept.pinned()).isTrue();
      assertThat(kept.keptBack()).isTrue();
    }

    @Test
    @DisplayName("an assignment's own pin wins over the version the user was kept on")
    void assignmentPinWinsOverKept() {
      Explanation.Contribution pinned =
          keptContribution(assignPinned("a", Subject.user("alice"), "profile", 2, Scope.all()), 1);
      assertThat(pinned.version()).isEqualTo(2);
      assertThat(pinned.keptBack()).isFalse();
    }

    @Test
    @DisplayName("a kept version that no longer exists falls back to the current version")
    void keptOnMissingVersion() {
      Explanation.Contribution current =
          keptContribution(assign("a", Subject.user("alice"), "profile", Scope.all()), 9);
      assertThat(current.version()).isEqualTo(2);
      assertThat(current.pinned()).isFalse();
      assertThat(current.keptBack()).isFalse();
    }

    @Test
    @DisplayName("a pin to a version that no longer exists falls back to the current version")
    void pinnedToMissingVersion() {
      assertThat(chatHandle(assignPinned("a", Subject.user("alice"), "profile", 7, Scope.all())))
          .isEqualTo(Level.ALL);
    }

    @Test
    @DisplayName("an assignment of an unknown role contributes nothing and does not fail")
    void unknownRole() {
      ChatPolicy policy =
          base()
              .assignments(
                  assign("ghost", Subject.user("alice"), "deleted-role", Scope.all()),
                  assign("real", Subject.user("alice"), "viewer", Scope.all()))
              .build();
      assertThatCode(() -> resolver.resolve(policy, alice())).doesNotThrowAnyException();
      assertThat(resolver.resolve(policy, alice()).everywhere())
          .isEqualTo(grants("transcript.view", "all"));
    }

    @Test
    @DisplayName("inline grants are used as they are")
    void inline() {
      ChatPolicy policy =
          base()
              .assignments(
                  assignInline(
                      "extra",
                      Subject.user("alice"),
                      grants("conversation.join", "department"),
                      onInboxes("web-paris")))
              .build();
      EffectivePermissions result = resolver.resolve(policy, alice());
      assertThat(result.perInbox())
          .containsExactly(
              Map.entry(nodeId("web-paris"), grants("conversation.join", "department")));
    }
  }

  @Nested
  class Catalog {

    @Test
    @DisplayName("permissions unknown to the catalog are ignored")
    void unknownPermissionIgnored() {
      ChatPolicy policy =
          base()
              .roles(role("odd", false, grants("crm.export", "all", "canned.use", "all")))
              .assignments(assign("a", Subject.user("alice"), "odd", Scope.all()))
              .build();
      assertThat(resolver.resolve(policy, alice()).everywhere())
          .isEqualTo(grants("canned.use", "all"));
    }

    @Test
    @DisplayName("a custom permission of the realm's catalog is resolved like a built-in")
    void customPermissionKept() {
      PermissionCatalog catalog =
          PermissionCatalog.withCustom(
              List.of(new Permission("crm.export", PermissionKind.SCOPED, "", false)));
      ChatPolicy policy =
          base()
              .catalog(catalog)
              .roles(role("odd", false, grants("crm.export", "department")))
              .assignments(assign("a", Subject.user("alice"), "odd", Scope.all()))
              .build();
      assertThat(resolver.resolve(policy, alice()).everywhere())
          .isEqualTo(grants("crm.export", "department"));
    }

    @Test
    @DisplayName("a boolean permission given any level above none counts as all")
    void booleanRaisedToAll() {
      ChatPolicy policy =
          base()
              .roles(
                  role(
                      "sloppy",
                      false,
                      grants(
                          "canned.use", "own", "presence.use", "department", "chat.handle", "own")))
              .assignments(assign("a", Subject.user("alice"), "sloppy", Scope.all()))
              .build();
      assertThat(resolver.resolve(policy, alice()).everywhere())
          .isEqualTo(grants("canned.use", "all", "presence.use", "all", "chat.handle", "own"));
    }
  }

  @Nested
  class Scopes {

    @Test
    @DisplayName("an all scope applies to every inbox, including ones created later")
    void all() {
      ChatPolicy policy =
          base().assignments(assign("a", Subject.user("alice"), "viewer", Scope.all())).build();
      EffectivePermissions result = resolver.resolve(policy, alice());
      assertThat(inboxesWith(result, "transcript.view", Level.ALL)).isEqualTo(ALL_INBOXES);
      assertThat(result.level("transcript.view", "an-inbox-created-tomorrow")).isEqualTo(Level.ALL);
    }

    @Test
    @DisplayName("a node scope applies to every inbox at or below the node")
    void node() {
      ChatPolicy policy =
          base().assignments(assign("a", Subject.user("alice"), "viewer", onNode("emea"))).build();
      EffectivePermissions result = resolver.resolve(policy, alice());
      assertThat(result.everywhere().isEmpty()).isTrue();
      assertThat(inboxesWith(result, "transcript.view", Level.ALL))
          .containsExactly("wa-berlin", "wa-berlin-vip", "web-berlin", "web-paris");
    }

    @Test
    @DisplayName("a node scope on an unknown node applies nowhere")
    void unknownNode() {
      ChatPolicy policy =
          base()
              .assignments(assign("a", Subject.user("alice"), "viewer", Scope.node("gone")))
              .build();
      assertThat(resolver.resolve(policy, alice()).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("an inbox list applies to the listed ids that are inboxes of the tree")
    void inboxes() {
      Scope listed =
          Scope.inboxes(
              Set.of(nodeId("web-paris"), nodeId("wa-berlin"), nodeId("berlin"), "deleted"));
      ChatPolicy policy =
          base().assignments(assign("a", Subject.user("alice"), "viewer", listed)).build();
      EffectivePermissions result = resolver.resolve(policy, alice());
      assertThat(result.inboxIds()).containsExactly(nodeId("wa-berlin"), nodeId("web-paris"));
    }
  }

  @Nested
  class LicenseGating {

    private final ChatPolicy policy =
        base()
            .assignments(
                assign("agent", Subject.user("alice"), "agent", onNode("berlin")),
                assign("viewer", Subject.user("alice"), "viewer", onNode("berlin")))
            .build();

    @Test
    @DisplayName("a role requiring a license grants nothing to a user without one")
    void unlicensed() {
      EffectivePermissions result = resolver.resolve(policy, user("alice", Set.of()));
      assertThat(inboxesWith(result, "chat.handle", Level.OWN)).isEmpty();
    }

    @Test
    @DisplayName("a role requiring a license applies only on channels the license covers")
    void partialLicense() {
      EffectivePermissions result = resolver.resolve(policy, user("alice", Set.of("web-seat")));
      assertThat(inboxesWith(result, "chat.handle", Level.OWN)).containsExactly("web-berlin");
    }

    @Test
    @DisplayName(
        "a realm that does not require licenses lets every grant through, also to 'everywhere'")
    void realmWithoutLicenseGating() {
      ChatPolicy ungated =
          base()
              .licensesRequired(false)
              .assignments(
                  assign("agent", Subject.user("alice"), "agent", onNode("berlin")),
                  assign("everywhere", Subject.user("alice"), "agent", Scope.all()))
              .build();

      EffectivePermissions result = resolver.resolve(ungated, user("alice", Set.of()));

      assertThat(result.everywhere().level("chat.handle")).isEqualTo(Level.OWN);
      assertThat(result.level("chat.handle", nodeId("wa-berlin"))).isEqualTo(Level.OWN);
      assertThat(resolver.resolve(policy, user("alice", Set.of())).everywhere().isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a license without channels covers every channel")
    void fullLicense() {
      EffectivePermissions result = resolver.resolve(policy, user("alice", Set.of("full-seat")));
      assertThat(inboxesWith(result, "chat.handle", Level.OWN))
          .containsExactly("wa-berlin", "wa-berlin-vip", "web-berlin");
    }

    @Test
    @DisplayName("a role that does not require a license applies without one")
    void notGated() {
      EffectivePermissions result = resolver.resolve(policy, user("alice", Set.of()));
      assertThat(inboxesWith(result, "transcript.view", Level.ALL))
          .containsExactly("wa-berlin", "wa-berlin-vip", "web-berlin");
    }

    @Test
    @DisplayName("inline grants are license-gated")
    void inlineGated() {
      ChatPolicy inline =
          base()
              .assignments(
                  assignInline(
                      "extra", Subject.user("alice"), grants("canned.use", "all"), Scope.all()))
              .build();
      assertThat(resolver.resolve(inline, user("alice", Set.of())).isEmpty()).isTrue();
      EffectivePermissions web = resolver.resolve(inline, user("alice", Set.of("web-seat")));
      assertThat(inboxesWith(web, "canned.use", Level.ALL))
          .containsExactly("web-berlin", "web-paris", "web-main");
    }

    @Test
    @DisplayName("license ids the policy does not know are ignored")
    void unknownLicense() {
      UserContext withStaleLicense =
          new UserContext(
              "alice",
              List.of(new Membership(Subject.user("alice"), "user")),
              Set.of("deleted-license"),
              false);
      EffectivePermissions result = resolver.resolve(policy, withStaleLicense);
      assertThat(inboxesWith(result, "chat.handle", Level.OWN)).isEmpty();
      assertThat(inboxesWith(result, "transcript.view", Level.ALL)).hasSize(3);
    }
  }

  @Nested
  class HighestLevelWins {

    @Test
    @DisplayName("per inbox and permission the highest level of all assignments wins")
    void highestWins() {
      ChatPolicy policy =
          base()
              .roles(
                  role("lead", false, grants("chat.handle", "department")),
                  role("boss", false, grants("chat.handle", "all")))
              .assignments(
                  assign("a1", Subject.user("alice"), "agent", Scope.all()),
                  assign("a2", Subject.user("alice"), "lead", onNode("emea")),
                  assign("a3", Subject.user("alice"), "boss", onInboxes("web-paris")))
              .build();
      EffectivePermissions result = resolver.resolve(policy, alice());
      assertThat(result.level("chat.handle", nodeId("web-main"))).isEqualTo(Level.OWN);
      assertThat(result.level("chat.handle", nodeId("web-berlin"))).isEqualTo(Level.DEPARTMENT);
      assertThat(result.level("chat.handle", nodeId("web-paris"))).isEqualTo(Level.ALL);
    }

    @Test
    @DisplayName("a lower grant never takes a higher one away")
    void neverSubtractive() {
      ChatPolicy policy =
          base()
              .roles(
                  role("boss", false, grants("chat.handle", "all")),
                  role("restricted", false, grants("chat.handle", "own")))
              .assignments(
                  assign("a1", Subject.user("alice"), "boss", onNode("berlin")),
                  assign("a2", Subject.user("alice"), "restricted", onNode("emea")))
              .build();
      EffectivePermissions result = resolver.resolve(policy, alice());
      assertThat(inboxesWith(result, "chat.handle", Level.ALL))
          .containsExactly("wa-berlin", "wa-berlin-vip", "web-berlin");
      assertThat(inboxesWith(result, "chat.handle", Level.OWN)).containsExactly("web-paris");
    }
  }

  @Nested
  class EverywhereAndPerInbox {

    @Test
    @DisplayName("an all-scoped grant without license gate goes to everywhere, not per inbox")
    void ungatedAllGoesEverywhere() {
      ChatPolicy policy =
          base().assignments(assign("a", Subject.user("alice"), "viewer", Scope.all())).build();
      EffectivePermissions result = resolver.resolve(policy, user("alice", Set.of()));
      assertThat(result.everywhere()).isEqualTo(grants("transcript.view", "all"));
      assertThat(result.perInbox()).isEmpty();
    }

    @Test
    @DisplayName("an all-scoped gated grant goes to everywhere when a license covers every channel")
    void gatedAllWithFullLicense() {
      ChatPolicy policy =
          base().assignments(assign("a", Subject.user("alice"), "agent", Scope.all())).build();
      EffectivePermissions result = resolver.resolve(policy, user("alice", Set.of("full-seat")));
      assertThat(result.everywhere()).isEqualTo(AGENT.current().grants());
      assertThat(result.perInbox()).isEmpty();
    }

    @Test
    @DisplayName("an all-scoped gated grant under a partial license expands over covered inboxes")
    void gatedAllWithPartialLicense() {
      ChatPolicy policy =
          base().assignments(assign("a", Subject.user("alice"), "agent", Scope.all())).build();
      EffectivePermissions result = resolver.resolve(policy, user("alice", Set.of("web-seat")));
      assertThat(result.everywhere().isEmpty()).isTrue();
      assertThat(result.perInbox())
          .containsOnlyKeys(nodeId("web-berlin"), nodeId("web-paris"), nodeId("web-main"))
          .allSatisfy((id, g) -> assertThat(g).isEqualTo(AGENT.current().grants()));
      assertThat(result.level("chat.handle", "a-future-whatsapp-inbox")).isEqualTo(Level.NONE);
    }

    @Test
    @DisplayName(
        "per inbox holds only grants higher than everywhere; fully covered inboxes are absent")
    void perInboxOnlyExceeds() {
      ChatPolicy policy =
          base()
              .roles(role("lead", false, grants("chat.handle", "department", "canned.use", "all")))
              .assignments(
                  assign("a1", Subject.user("alice"), "viewer", Scope.all()),
                  assign("a2", Subject.user("alice"), "lead", Scope.all()),
                  assign("a3", Subject.user("alice"), "agent", onNode("berlin")),
                  assign("a4", Subject.user("alice"), "viewer", onNode("paris")))
              .build();
      EffectivePermissions result = resolver.resolve(policy, alice());
      // agent's chat.handle own is below lead's department everywhere; conversation.view is new.
      assertThat(result.perInbox())
          .containsOnlyKeys(nodeId("wa-berlin"), nodeId("wa-berlin-vip"), nodeId("web-berlin"))
          .allSatisfy((id, g) -> assertThat(g).isEqualTo(grants("conversation.view", "own")));
      assertThat(result.level("chat.handle", nodeId("web-berlin"))).isEqualTo(Level.DEPARTMENT);
    }
  }

  @Nested
  class Determinism {

    @Test
    @DisplayName("the result is sorted and does not depend on the order of input")
    void orderIndependent() {
      List<Assignment> assignments =
          new ArrayList<>(
              List.of(
                  assign("a1", group("/g1"), "agent", onNode("emea")),
                  assign("a2", group("/g2"), "viewer", onInboxes("web-main", "wa-berlin")),
                  assignInline(
                      "a3", Subject.user("alice"), grants("canned.use", "all"), onNode("paris")),
                  assign("a4", realmRole("r"), "viewer", onNode("berlin"))));
      List<Membership> memberships =
          new ArrayList<>(
              List.of(
                  new Membership(Subject.user("alice"), "user"),
                  memberOf("/g1"),
                  memberOf("/g2"),
                  hasRealmRole("r")));
      ChatPolicy policy = base().assignments(assignments).build();
      EffectivePermissions first =
          resolver.resolve(
              policy, new UserContext("alice", memberships, Set.of("l-full-seat"), false));

      Collections.shuffle(assignments, new Random(7));
      Collections.reverse(memberships);
      List<TreeNode> nodes = new ArrayList<>(List.of(TREE));
      Collections.reverse(nodes);
      ChatPolicy shuffled =
          Fixtures.policy()
              .nodes(nodes)
              .roles(VIEWER, AGENT)
              .licenses(FULL_SEAT, WEB_SEAT)
              .assignments(assignments)
              .build();
      EffectivePermissions second =
          resolver.resolve(
              shuffled, new UserContext("alice", memberships, Set.of("l-full-seat"), false));

      assertThat(second).isEqualTo(first);
      assertThat(List.copyOf(second.perInbox().keySet())).isSorted();
      assertThat(second.toString()).isEqualTo(first.toString());
    }
  }

  @Nested
  class Scale {

    @Test
    @DisplayName("twenty assignments over a thousand inboxes resolve to the expected levels")
    void manyInboxes() {
      List<TreeNode> nodes = new ArrayList<>();
      List<Assignment> assignments = new ArrayList<>();
      List<Membership> memberships = new ArrayList<>();
      String[] channels = {"web", "whatsapp", "sms", "email"};
      for (int site = 0; site < 20; site++) {
        nodes.add(location("site" + site, null));
        for (int i = 0; i < 50; i++) {
          nodes.add(inbox("s" + site + "-i" + i, "site" + site, channels[i % 4]));
        }
        String role = site % 2 == 0 ? "agent" : "viewer";
        assignments.add(assign("a" + site, group("/site" + site), role, onNode("site" + site)));
        memberships.add(memberOf("/site" + site));
      }
      ChatPolicy policy =
          Fixtures.policy()
              .nodes(nodes)
              .roles(AGENT, VIEWER)
              .licenses(WEB_SEAT)
              .assignments(assignments)
              .build();
      UserContext user = user("alice", Set.of("web-seat"), memberships.toArray(Membership[]::new));

      EffectivePermissions result = resolver.resolve(policy, user);

      // Even sites: agent on their 13 web inboxes only (license); odd sites: viewer on all 50.
      assertThat(result.perInbox()).hasSize(10 * 13 + 10 * 50);
      assertThat(result.level("chat.handle", nodeId("s0-i0"))).isEqualTo(Level.OWN);
      assertThat(result.level("chat.handle", nodeId("s0-i1"))).isEqualTo(Level.NONE);
      assertThat(result.level("transcript.view", nodeId("s1-i1"))).isEqualTo(Level.ALL);
      assertThat(result.level("transcript.view", nodeId("s0-i0"))).isEqualTo(Level.NONE);
    }
  }
}
