package io.chataccess.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one JSON reader of the API and of both document imports (REST and startup files). */
@DisplayName("Strict JSON")
class StrictJsonTest {

  @Test
  @DisplayName("duplicate keys are refused, as the startup import used to accept them")
  void duplicate_keys() {
    assertThatThrownBy(() -> StrictJson.readObject("{\"format\":1,\"format\":1}", 100))
        .isInstanceOf(Rejected.class)
        .extracting(e -> ((Rejected) e).reason())
        .isEqualTo(Rejected.Reason.INVALID);
  }

  @Test
  @DisplayName("a document of the deepest tree the API allows nests within the JSON limit")
  void the_deepest_tree_reads() {
    StringBuilder tree = new StringBuilder();
    for (int depth = 1; depth <= Limits.TREE_DEPTH; depth++) {
      tree.append("{\"key\":\"n")
          .append(depth)
          .append("\",\"attributes\":{\"a\":\"b\"},\"children\":[");
    }
    tree.append("]}".repeat(Limits.TREE_DEPTH));
    String document = "{\"format\":1,\"inboxes\":[" + tree + "]}";

    assertThat(StrictJson.readObject(document, 100_000).at("/inboxes/0/key").asText())
        .isEqualTo("n1");
  }

  @Test
  @DisplayName("trailing content, non-objects and text over the limit are refused")
  void shapes() {
    assertThatThrownBy(() -> StrictJson.readObject("{} {}", 100)).isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> StrictJson.readObject("[1]", 100)).isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> StrictJson.readObject("{\"a\":\"bbbb\"}", 5))
        .isInstanceOf(Rejected.class);
  }
}
