package io.chataccess.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The writable form of a resource that a {@code PATCH} is applied to. */
class MergePatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  record Item(String id, String name, Integer seats, Map<String, String> grants) {}

  @Test
  void a_patch_applies_to_the_writable_form() throws Exception {
    Item current = new Item("i-1", "Web", 5, Map.of("a", "all", "b", "own"));

    JsonNode merged =
        MergePatch.merged(
            current,
            Set.of("id"),
            (ObjectNode) json("{'seats':null,'grants':{'b':null,'c':'all'}}"));

    assertThat(merged).isEqualTo(json("{'name':'Web','grants':{'a':'all','c':'all'}}"));
  }
}
