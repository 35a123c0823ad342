package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.location;
import static io.chataccess.policy.Fixtures.nodeId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which inboxes a scope reaches")
class ScopeReachTest {

  private final InboxTree tree =
      new InboxTree(
          List.of(
              location("emea", null),
              location("north", "emea"),
              inbox("oslo", "north", "web"),
              inbox("paris", "emea", "web"),
              location("apac", null),
              inbox("tokyo", "apac", "sms"),
              location("americas", null),
              inbox("lima", "americas", "web")));

  private List<String> reached(Scope scope) {
    List<String> keys = new ArrayList<>();
    ScopeReach.forEachPosition(scope, tree, p -> keys.add(tree.inboxes().get(p).key()));
    return keys;
  }

  @Test
  void several_nodes_reach_each_subtree_and_nothing_else() {
    Scope scope = Scope.nodes(Set.of(nodeId("north"), nodeId("apac")));

    assertThat(reached(scope)).containsExactlyInAnyOrder("oslo", "tokyo");
    assertThat(ScopeReach.reaches(scope, tree, nodeId("oslo"))).isTrue();
    assertThat(ScopeReach.reaches(scope, tree, nodeId("tokyo"))).isTrue();
    assertThat(ScopeReach.reaches(scope, tree, nodeId("paris"))).isFalse();
    assertThat(ScopeReach.reaches(scope, tree, nodeId("lima"))).isFalse();
  }

  @Test
  void a_node_below_another_of_the_scope_is_reached_once() {
    Scope scope = Scope.nodes(Set.of(nodeId("emea"), nodeId("north"), nodeId("oslo")));

    assertThat(reached(scope)).containsExactlyInAnyOrder("oslo", "paris");
  }

  @Test
  void an_unknown_node_reaches_nothing_and_leaves_the_others() {
    Scope scope = Scope.nodes(Set.of("gone", nodeId("americas")));

    assertThat(reached(scope)).containsExactly("lima");
    assertThat(reached(Scope.nodes(Set.of("gone")))).isEmpty();
  }

  @Test
  void the_other_scopes_reach_as_before() {
    assertThat(reached(Scope.all())).containsExactlyInAnyOrder("oslo", "paris", "tokyo", "lima");
    assertThat(reached(Scope.node(nodeId("emea")))).containsExactlyInAnyOrder("oslo", "paris");
    assertThat(reached(Scope.inboxes(Set.of(nodeId("lima"), "gone")))).containsExactly("lima");
  }

  @Test
  void explanations_name_every_node_by_its_path() {
    assertThat(ScopeText.of(Scope.nodes(Set.of(nodeId("north"), nodeId("apac"))), tree))
        .isEqualTo("nodes apac, emea/north");
  }
}
