package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.location;
import static io.chataccess.policy.Fixtures.nodeId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InboxTreeTest {

  /**
   *
   *
   * <pre>
   * emea
   *   berlin
   *     wa-berlin (whatsapp)
   *       wa-berlin-vip (whatsapp, sub-inbox)
   *     web-berlin (web)
   *   amsterdam
   * web-main (web)
   * </pre>
   *
   * Given in a shuffled order, to show that the tree orders itself.
   */
  private static final List<TreeNode> NODES =
      List.of(
          inbox("web-main", null, "web"),
          inbox("web-berlin", "berlin", "web"),
          inbox("wa-berlin-vip", "wa-berlin", "whatsapp"),
          location("amsterdam", "emea"),
          inbox("wa-berlin", "berlin", "whatsapp"),
          location("berlin", "emea"),
          location("emea", null));

  private final InboxTree tree = new InboxTree(NODES);

  private static List<String> keys(List<TreeNode> nodes) {
    return nodes.stream().map(TreeNode::key).toList();
  }

  @Nested
  class Ordering {

    @Test
    @DisplayName("inboxes are listed depth-first from the roots with siblings sorted by key")
    void depthFirstSiblingsByKey() {
      assertThat(keys(tree.inboxes()))
          .containsExactly("wa-berlin", "wa-berlin-vip", "web-berlin", "web-main");
    }

    @Test
    @DisplayName("every node is listed depth-first, locations included")
    void nodesDepthFirst() {
      assertThat(keys(tree.nodes()))
          .containsExactly(
              "emea",
              "amsterdam",
              "berlin",
              "wa-berlin",
              "wa-berlin-vip",
              "web-berlin",
              "web-main");
      assertThat(keys(tree.roots())).containsExactly("emea", "web-main");
      assertThat(keys(tree.children(nodeId("berlin")))).containsExactly("wa-berlin", "web-berlin");
    }

    @Test
    @DisplayName("the order does not depend on the order the nodes were given in")
    void orderIndependentOfInput() {
      List<TreeNode> backwards = new ArrayList<>(NODES);
      Collections.reverse(backwards);
      InboxTree reversed = new InboxTree(backwards);
      assertThat(reversed.inboxes()).isEqualTo(tree.inboxes());
      assertThat(reversed.nodes()).isEqualTo(tree.nodes());
    }
  }

  @Nested
  class Subtrees {

    @Test
    @DisplayName("a location covers every inbox below it at any depth, sub-inboxes included")
    void locationCoversDescendants() {
      assertThat(keys(tree.inboxesUnder(nodeId("emea"))))
          .containsExactly("wa-berlin", "wa-berlin-vip", "web-berlin");
    }

    @Test
    @DisplayName("an inbox covers itself and its sub-inboxes")
    void inboxCoversItselfAndSubInboxes() {
      assertThat(keys(tree.inboxesUnder(nodeId("wa-berlin"))))
          .containsExactly("wa-berlin", "wa-berlin-vip");
      assertThat(keys(tree.inboxesUnder(nodeId("wa-berlin-vip")))).containsExactly("wa-berlin-vip");
    }

    @Test
    @DisplayName("a location without inboxes and an unknown id cover nothing")
    void emptyAndUnknown() {
      assertThat(tree.inboxesUnder(nodeId("amsterdam"))).isEmpty();
      assertThat(tree.inboxesUnder("nope")).isEmpty();
      assertThat(tree.inboxesUnder(null)).isEmpty();
    }

    @Test
    @DisplayName("contains tells whether an inbox lies at or below a node")
    void contains() {
      assertThat(tree.contains(nodeId("emea"), nodeId("wa-berlin-vip"))).isTrue();
      assertThat(tree.contains(nodeId("emea"), nodeId("web-main"))).isFalse();
      assertThat(tree.contains(nodeId("emea"), nodeId("berlin"))).isFalse();
      assertThat(tree.contains("nope", nodeId("web-main"))).isFalse();
    }

    @Test
    @DisplayName("the lists handed out cannot be modified")
    void unmodifiable() {
      List<TreeNode> under = tree.inboxesUnder(nodeId("emea"));
      assertThatThrownBy(() -> under.remove(0)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> tree.inboxes().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class Lookup {

    @Test
    @DisplayName("the path of a node lists the keys from its root down to it")
    void path() {
      assertThat(tree.pathOf(nodeId("wa-berlin-vip")))
          .containsExactly("emea", "berlin", "wa-berlin", "wa-berlin-vip");
      assertThat(tree.pathOf(nodeId("web-main"))).containsExactly("web-main");
      assertThat(tree.pathOf("nope")).isEmpty();
    }

    @Test
    @DisplayName("nodes are found by id and by key")
    void byIdAndKey() {
      assertThat(tree.node(nodeId("berlin"))).map(TreeNode::key).contains("berlin");
      assertThat(tree.findByKey("wa-berlin")).map(TreeNode::id).contains(nodeId("wa-berlin"));
      assertThat(tree.node("nope")).isEmpty();
      assertThat(tree.findByKey("nope")).isEmpty();
    }

    @Test
    @DisplayName("the empty tree has no node and no inbox")
    void emptyTree() {
      assertThat(InboxTree.empty().nodes()).isEmpty();
      assertThat(InboxTree.empty().inboxes()).isEmpty();
      assertThat(InboxTree.empty().inboxesUnder(nodeId("emea"))).isEmpty();
    }
  }

  @Nested
  class Validation {

    @Test
    @DisplayName("a duplicate node id is rejected")
    void duplicateId() {
      TreeNode clash =
          new TreeNode(nodeId("emea"), "other", NodeType.LOCATION, null, null, "Other");
      assertThatThrownBy(() -> new InboxTree(List.of(location("emea", null), clash)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(nodeId("emea"));
    }

    @Test
    @DisplayName("a duplicate node key is rejected")
    void duplicateKey() {
      TreeNode clash = new TreeNode("other-id", "emea", NodeType.LOCATION, null, null, "Other");
      assertThatThrownBy(() -> new InboxTree(List.of(location("emea", null), clash)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("emea");
    }

    @Test
    @DisplayName("a parent id that does not exist is rejected")
    void unknownParent() {
      assertThatThrownBy(() -> new InboxTree(List.of(inbox("web-x", "ghost", "web"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unknown parent");
    }

    @Test
    @DisplayName("a cycle between two nodes is rejected")
    void cycle() {
      List<TreeNode> looped =
          List.of(location("root", null), location("a", "b"), location("b", "a"));
      assertThatThrownBy(() -> new InboxTree(looped))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cycle");
    }

    @Test
    @DisplayName("a node that is its own parent is rejected")
    void selfParent() {
      assertThatThrownBy(() -> new InboxTree(List.of(location("a", "a"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cycle");
    }
  }
}
