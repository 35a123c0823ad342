package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.assign;
import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.location;
import static io.chataccess.policy.Fixtures.nodeId;
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
 * A permission is at most its prerequisite's level on the same inbox: the source product rates
 * conversations only for agents who may read their history ({@code conversation.rate} requires
 * {@code transcript.view}).
 */
@DisplayName("Permission prerequisites cap the level per inbox")
class PrerequisitesTest {

  private static final TreeNode[] TREE = {
    location("emea", null), inbox("web-berlin", "emea", "web"), inbox("web-main", null, "web")
  };

  private static final PermissionCatalog CUSTOM =
      PermissionCatalog.withCustom(
          List.of(
              new Permission("crm.export", PermissionKind.BOOLEAN, "", false, "transcript.view"),
              new Permission(
                  "rating.export", PermissionKind.SCOPED, "", false, "conversation.rate")));

  private final Resolver resolver = new Resolver();

  private static ChatPolicy policy(ChatRole... roles) {
    List<Assignment> assignments = new ArrayList<>();
    for (ChatRole role : roles) {
      Scope scope = role.key().endsWith("-emea") ? onNode("emea") : Scope.all();
      assignments.add(assign("a-" + role.key(), Subject.user("alice"), role.key(), scope));
    }
    return Fixtures.policy()
        .catalog(CUSTOM)
        .nodes(TREE)
        .roles(roles)
        .assignments(assignments)
        .licensesRequired(false)
        .build();
  }

  private static UserContext alice() {
    return user("alice", Set.of());
  }

  private Level level(ChatPolicy policy, String permission, String inbox) {
    return resolver.resolve(policy, alice()).level(permission, nodeId(inbox));
  }

  @Test
  @DisplayName("rating at all with transcripts at own is rating at own")
  void ratingCappedByTranscripts() {
    ChatPolicy policy =
        policy(role("rater", false, grants("conversation.rate", "all", "transcript.view", "own")));

    assertThat(level(policy, "conversation.rate", "web-main")).isEqualTo(Level.OWN);
    assertThat(level(policy, "transcript.view", "web-main")).isEqualTo(Level.OWN);
  }

  @Test
  @DisplayName("rating without any transcript access is no rating")
  void ratingWithoutTranscripts() {
    ChatPolicy policy = policy(role("rater", false, grants("conversation.rate", "all")));

    assertThat(level(policy, "conversation.rate", "web-main")).isEqualTo(Level.NONE);
    assertThat(resolver.resolve(policy, alice()).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("the cap is per inbox: transcripts on one node lift rating there only")
  void capPerInbox() {
    ChatPolicy policy =
        policy(
            role("rater", false, grants("conversation.rate", "all")),
            role("reader-emea", false, grants("transcript.view", "department")));

    assertThat(level(policy, "conversation.rate", "web-berlin")).isEqualTo(Level.DEPARTMENT);
    assertThat(level(policy, "conversation.rate", "web-main")).isEqualTo(Level.NONE);
  }

  @Test
  @DisplayName("a yes/no permission keeps all while its prerequisite is granted at any level")
  void booleanPrerequisite() {
    ChatPolicy withTranscripts =
        policy(role("exporter", false, grants("crm.export", "all", "transcript.view", "own")));
    ChatPolicy without = policy(role("exporter", false, grants("crm.export", "all")));

    assertThat(level(withTranscripts, "crm.export", "web-main")).isEqualTo(Level.ALL);
    assertThat(level(without, "crm.export", "web-main")).isEqualTo(Level.NONE);
  }

  @Test
  @DisplayName("chains apply in order: a prerequisite's own cap counts")
  void chain() {
    ChatPolicy policy =
        policy(
            role(
                "chain",
                false,
                grants(
                    "rating.export", "all", "conversation.rate", "all", "transcript.view", "own")));

    assertThat(level(policy, "rating.export", "web-main")).isEqualTo(Level.OWN);
  }

  @Test
  @DisplayName("the explanation names the cap and agrees with the resolved level")
  void explanationNamesTheCap() {
    ChatPolicy policy =
        policy(
            role("rater", false, grants("conversation.rate", "all", "transcript.view", "own")),
            role("reader-emea", false, grants("transcript.view", "all")));

    Explanation capped = resolver.explain(policy, alice(), "conversation.rate", nodeId("web-main"));
    Explanation free = resolver.explain(policy, alice(), "conversation.rate", nodeId("web-berlin"));

    assertThat(capped.level()).isEqualTo(Level.OWN);
    assertThat(capped.cap())
        .isEqualTo(new Explanation.Cap("transcript.view", Level.OWN, Level.ALL));
    assertThat(free.level()).isEqualTo(Level.ALL);
    assertThat(free.cap()).isNull();
    for (String inbox : List.of("web-berlin", "web-main")) {
      for (String permission : List.of("conversation.rate", "transcript.view", "rating.export")) {
        assertThat(resolver.explain(policy, alice(), permission, nodeId(inbox)).level())
            .as("%s on %s", permission, inbox)
            .isEqualTo(level(policy, permission, inbox));
      }
    }
  }

  @Test
  @DisplayName("the built-in catalog names conversation.rate's prerequisite")
  void builtInPrerequisite() {
    assertThat(PermissionCatalog.builtIn().prerequisiteOf("conversation.rate"))
        .contains("transcript.view");
    assertThat(PermissionCatalog.builtIn().prerequisiteOf("transcript.view")).isEmpty();
  }
}
