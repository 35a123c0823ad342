package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A subject or a resource of a request: {@code type}, {@code id} (absent for the entity a search
 * looks for) and {@code properties}, never null ({@link MissingNode} when absent).
 */
record Entity(String type, String id, JsonNode properties) {

  /** A text property, or null when it is absent or not text. */
  String property(String name) {
    JsonNode value = properties.get(name);
    return value != null && value.isTextual() ? value.textValue() : null;
  }
}
