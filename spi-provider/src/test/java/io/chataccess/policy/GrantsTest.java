package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.grants;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GrantsTest {

  @Test
  @DisplayName("none entries are dropped and absent permissions read as none")
  void noneDropped() {
    Grants g = Grants.of(Map.of("chat.handle", Level.NONE, "conversation.view", Level.OWN));
    assertThat(g.asMap()).containsOnlyKeys("conversation.view");
    assertThat(g.level("chat.handle")).isEqualTo(Level.NONE);
    assertThat(g.level("unknown.perm")).isEqualTo(Level.NONE);
    assertThat(g.size()).isEqualTo(1);
  }

  @Test
  @DisplayName("grants iterate in permission-key order")
  void sorted() {
    Grants g = grants("transcript.view", "all", "chat.handle", "own", "canned.use", "all");
    assertThat(g.asMap().keySet()).containsExactly("canned.use", "chat.handle", "transcript.view");
  }

  @Test
  @DisplayName("the union keeps the higher level per permission")
  void union() {
    Grants a = grants("chat.handle", "own", "conversation.view", "all");
    Grants b = grants("chat.handle", "department", "conversation.view", "own", "canned.use", "all");
    Grants u = a.union(b);
    assertThat(u)
        .isEqualTo(
            grants("chat.handle", "department", "conversation.view", "all", "canned.use", "all"));
    assertThat(b.union(a)).isEqualTo(u);
    assertThat(a.union(Grants.empty())).isSameAs(a);
  }

  @Test
  @DisplayName("exceeding keeps only grants higher than the floor")
  void exceeding() {
    Grants g = grants("chat.handle", "all", "conversation.view", "own", "canned.use", "all");
    Grants floor = grants("chat.handle", "department", "conversation.view", "own");
    assertThat(g.exceeding(floor)).isEqualTo(grants("chat.handle", "all", "canned.use", "all"));
    assertThat(g.exceeding(g).isEmpty()).isTrue();
    assertThat(g.exceeding(Grants.empty())).isSameAs(g);
  }

  @Test
  @DisplayName("grants are immutable values")
  void values() {
    Map<String, Level> source = new java.util.HashMap<>(Map.of("chat.handle", Level.ALL));
    Grants g = Grants.of(source);
    source.put("canned.use", Level.ALL);
    assertThat(g.asMap()).containsOnlyKeys("chat.handle");
    assertThat(g)
        .isEqualTo(grants("chat.handle", "all"))
        .hasSameHashCodeAs(grants("chat.handle", "all"));
    assertThat(g).isNotEqualTo(grants("chat.handle", "own"));
  }
}
