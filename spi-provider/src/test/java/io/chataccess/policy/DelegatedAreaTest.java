package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.assign;
import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.location;
import static io.chataccess.policy.Fixtures.nodeId;
import static io.chataccess.policy.Fixtures.role;
import static io.chataccess.policy.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Delegated administration: where a holder of access.manage administers")
class DelegatedAreaTest {

  private static final ChatPolicy POLICY =
      Fixtures.policy()
          .nodes(
              location("emea", null),
              location("berlin", "emea"),
              inbox("web-berlin", "berlin", "web"),
              inbox("wa-berlin", "berlin", "whatsapp"),
              location("paris", "emea"),
              inbox("web-paris", "paris", "web"))
          .roles(
              role("location-manager", false, grants("access.manage", "all", "chat.handle", "all")),
              role("agent", false, grants("chat.handle", "own")))
          .assignments(
              assign("m1", Subject.user("berta"), "location-manager", Scope.node(nodeId("berlin"))),
              assign("a1", Subject.user("berta"), "agent", Scope.all()),
              assign(
                  "m2",
                  Subject.user("ines"),
                  "location-manager",
                  Scope.inboxes(Set.of(nodeId("web-paris")))),
              assign("m3", Subject.user("olga"), "location-manager", Scope.all()),
              assign(
                  "m4",
                  Subject.user("nina"),
                  "location-manager",
                  Scope.nodes(Set.of(nodeId("berlin"), nodeId("paris")))),
              assign("a2", Subject.user("adam"), "agent", Scope.all()))
          .build();

  private static DelegatedArea areaOf(String userId) {
    return DelegatedArea.of(POLICY, user(userId, Set.of()));
  }

  @Test
  @DisplayName("a manager of a location administers it, what lies below it, and nothing else")
  void aLocationManager() {
    DelegatedArea berta = areaOf("berta");

    assertThat(berta.covers(POLICY.tree(), Scope.node(nodeId("berlin")))).isTrue();
    assertThat(berta.covers(POLICY.tree(), Scope.node(nodeId("wa-berlin")))).isTrue();
    assertThat(berta.covers(POLICY.tree(), Scope.inboxes(Set.of(nodeId("web-berlin"))))).isTrue();
    assertThat(berta.covers(POLICY.tree(), Scope.node(nodeId("emea")))).isFalse();
    assertThat(berta.covers(POLICY.tree(), Scope.node(nodeId("paris")))).isFalse();
    assertThat(
            berta.covers(
                POLICY.tree(), Scope.inboxes(Set.of(nodeId("web-berlin"), nodeId("web-paris")))))
        .as("one inbox outside is one too many")
        .isFalse();
    assertThat(berta.covers(POLICY.tree(), Scope.all())).isFalse();
  }

  @Test
  @DisplayName(
      "a manager of chosen inboxes administers exactly those, as a list: a node scope on such an"
          + " inbox would reach its sub-inboxes, present and future")
  void aManagerOfChosenInboxes() {
    DelegatedArea ines = areaOf("ines");

    assertThat(ines.covers(POLICY.tree(), Scope.inboxes(Set.of(nodeId("web-paris"))))).isTrue();
    assertThat(ines.covers(POLICY.tree(), Scope.node(nodeId("web-paris")))).isFalse();
    assertThat(ines.covers(POLICY.tree(), Scope.node(nodeId("paris")))).isFalse();
  }

  @Test
  @DisplayName(
      "a manager of several nodes administers each and what lies below; a nodes scope lies inside"
          + " an area only when each of its nodes does")
  void aManagerOfSeveralNodes() {
    DelegatedArea nina = areaOf("nina");
    DelegatedArea berta = areaOf("berta");
    Scope both = Scope.nodes(Set.of(nodeId("berlin"), nodeId("paris")));

    assertThat(nina.covers(POLICY.tree(), Scope.node(nodeId("paris")))).isTrue();
    assertThat(nina.covers(POLICY.tree(), Scope.inboxes(Set.of(nodeId("wa-berlin"))))).isTrue();
    assertThat(nina.covers(POLICY.tree(), both)).isTrue();
    assertThat(nina.covers(POLICY.tree(), Scope.node(nodeId("emea")))).isFalse();
    assertThat(berta.covers(POLICY.tree(), both)).isFalse();
    assertThat(berta.covers(POLICY.tree(), Scope.nodes(Set.of(nodeId("wa-berlin"))))).isTrue();
    assertThat(berta.covers(POLICY.tree(), Scope.nodes(Set.of()))).isFalse();
  }

  @Test
  @DisplayName("access.manage on every inbox covers every scope; without it, nothing")
  void everythingOrNothing() {
    assertThat(areaOf("olga").covers(POLICY.tree(), Scope.all())).isTrue();
    assertThat(areaOf("adam").isEmpty()).isTrue();
    assertThat(areaOf("adam").covers(POLICY.tree(), Scope.node(nodeId("berlin")))).isFalse();
  }

  @Test
  @DisplayName("a suspended manager administers nothing")
  void suspended() {
    DelegatedArea area = DelegatedArea.of(POLICY, Fixtures.suspended(user("berta", Set.of())));

    assertThat(area.isEmpty()).isTrue();
  }
}
