package io.chataccess.policy;

import java.util.List;
import java.util.Map;

/**
 * How a realm's OpenID AuthZEN vocabulary maps onto its chat configuration (docs/authzen.md,
 * "Mapping"): the user attribute that identifies subjects besides id, username and email; action
 * names that stand for permission keys; and resource types that stand for nodes, with the property
 * that names an object's owner. Stored in the realm attribute {@value #ATTRIBUTE}.
 */
public record AuthzenMapping(
    String subjectAttribute, Map<String, String> actions, Map<String, ResourceType> resourceTypes) {

  public static final String ATTRIBUTE = "chat-access.authzen";

  /** Resource types of our own; a realm cannot map these names. */
  public static final List<String> BUILT_IN_TYPES = List.of("inbox", "location", "conversation");

  /** How the owner of an object is named. */
  public static final List<String> OWNER_LOOKUPS = List.of("id", "username", "email");

  /** Prefix of an owner lookup by user attribute: {@code attribute:email2}. */
  public static final String ATTRIBUTE_LOOKUP = "attribute:";

  public AuthzenMapping {
    actions = Map.copyOf(actions);
    resourceTypes = Map.copyOf(resourceTypes);
  }

  /**
   * @param node the node key, or null when the resource's id is the key of an inbox
   * @param ownerProperty the resource property naming the owner, or null for objects with no owner
   * @param ownerLookup how the owner is named: {@code id}, {@code username}, {@code email} or
   *     {@code attribute:<name>}; null tries them as subjects are looked up
   */
  public record ResourceType(String node, String ownerProperty, String ownerLookup) {}

  public static AuthzenMapping none() {
    return new AuthzenMapping(null, Map.of(), Map.of());
  }

  /** The permission key an action name stands for: an alias of the mapping, or the name itself. */
  public String permission(String action) {
    return actions.getOrDefault(action, action);
  }

  /** The action names a permission answers to in an action search: its aliases, or its key. */
  public List<String> actionNames(String permission) {
    List<String> names =
        actions.entrySet().stream()
            .filter(e -> e.getValue().equals(permission))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    return names.isEmpty() ? List.of(permission) : names;
  }
}
