package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.RealmModel;

/**
 * How a realm's AuthZEN vocabulary maps onto its chat configuration (docs/authzen.md, "Mapping"),
 * read from the realm attribute {@value #ATTRIBUTE}: the user attribute that identifies subjects
 * besides id, username and email; action names that stand for permission keys; and resource types
 * that stand for nodes, with the property that names an object's owner.
 */
record AuthzenMapping(
    String subjectAttribute, Map<String, String> actions, Map<String, ResourceType> resourceTypes) {

  static final String ATTRIBUTE = "chat-access.authzen";

  /** Resource types of our own; a realm cannot map these names to anything else. */
  static final List<String> BUILT_IN_TYPES = List.of("inbox", "location", "conversation");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param node the node key, or null when the resource's id names the node
   * @param ownerProperty the resource property naming the owner, or null for objects with no owner
   * @param ownerLookup how the owner is named: {@code id}, {@code username}, {@code email} or
   *     {@code attribute:<name>}; null tries them as subjects are looked up
   */
  record ResourceType(String node, String ownerProperty, String ownerLookup) {}

  static AuthzenMapping none() {
    return new AuthzenMapping(null, Map.of(), Map.of());
  }

  /** The realm's mapping; a missing attribute is no mapping, a malformed one is refused. */
  static AuthzenMapping of(RealmModel realm) {
    String text = realm.getAttribute(ATTRIBUTE);
    if (text == null || text.isBlank()) {
      return none();
    }
    try {
      return parse(JSON.readTree(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new AuthzenFailure(
          503, "the realm attribute " + ATTRIBUTE + " is not a valid AuthZEN mapping");
    }
  }

  static AuthzenMapping parse(JsonNode root) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    Map<String, String> actions = new LinkedHashMap<>();
    root.path("actions")
        .fields()
        .forEachRemaining(e -> actions.put(e.getKey(), text(e.getValue())));
    Map<String, ResourceType> types = new LinkedHashMap<>();
    root.path("resourceTypes")
        .fields()
        .forEachRemaining(
            e -> {
              if (!BUILT_IN_TYPES.contains(e.getKey())) {
                JsonNode t = e.getValue();
                types.put(
                    e.getKey(),
                    new ResourceType(
                        optional(t.get("node")),
                        optional(t.get("ownerProperty")),
                        optional(t.get("ownerLookup"))));
              }
            });
    return new AuthzenMapping(optional(root.get("subjectAttribute")), actions, types);
  }

  /** The permission key an action name stands for: an alias of the mapping, or the name itself. */
  String permission(String action) {
    return actions.getOrDefault(action, action);
  }

  /** The action names a permission answers to in an action search: its aliases, or its key. */
  List<String> actionNames(String permission) {
    List<String> names =
        actions.entrySet().stream()
            .filter(e -> e.getValue().equals(permission))
            .map(Map.Entry::getKey)
            .toList();
    return names.isEmpty() ? List.of(permission) : names;
  }

  private static String text(JsonNode value) {
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("not a string");
    }
    return value.textValue();
  }

  private static String optional(JsonNode value) {
    return value == null || value.isNull() ? null : text(value);
  }
}
