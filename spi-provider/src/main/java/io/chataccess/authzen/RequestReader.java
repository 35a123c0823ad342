package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Reads the Authorization API's request members as the specification wants them read: required
 * members missing or of the wrong type are a 400 naming the member, and members nobody defined are
 * ignored (forward compatibility), unlike the admin API, which refuses them.
 */
final class RequestReader {

  private RequestReader() {}

  /**
   * {@code subject} or {@code resource}; {@code needsId} false for the entity a search looks for.
   */
  static Entity entity(JsonNode parent, String name, boolean needsId) {
    JsonNode node = object(parent, name);
    String type = text(node, "type", name + ".type", true);
    String id = needsId ? text(node, "id", name + ".id", true) : null;
    return new Entity(type, id, properties(node, name));
  }

  static String action(JsonNode parent) {
    return text(object(parent, "action"), "name", "action.name", true);
  }

  /** The optional {@code context}: an object, or absent. */
  static JsonNode context(JsonNode parent) {
    JsonNode context = parent.get("context");
    if (context == null || context.isNull()) {
      return MissingNode.getInstance();
    }
    if (!context.isObject()) {
      throw AuthzenFailure.badRequest("context must be an object");
    }
    return context;
  }

  static JsonNode object(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      throw AuthzenFailure.badRequest(name + " is required");
    }
    if (!node.isObject()) {
      throw AuthzenFailure.badRequest(name + " must be an object");
    }
    return node;
  }

  private static String text(JsonNode node, String field, String path, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw AuthzenFailure.badRequest(path + " is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw AuthzenFailure.badRequest(path + " must be a string");
    }
    if (required && value.textValue().isEmpty()) {
      throw AuthzenFailure.badRequest(path + " must not be empty");
    }
    return value.textValue();
  }

  private static JsonNode properties(JsonNode node, String name) {
    JsonNode properties = node.get("properties");
    if (properties == null || properties.isNull()) {
      return MissingNode.getInstance();
    }
    if (!properties.isObject()) {
      throw AuthzenFailure.badRequest(name + ".properties must be an object");
    }
    return properties;
  }
}
