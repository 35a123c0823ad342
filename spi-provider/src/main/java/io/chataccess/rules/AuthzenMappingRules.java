package io.chataccess.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.AuthzenMapping;
import io.chataccess.policy.Keys;
import io.chataccess.policy.PermissionCatalog;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a realm's AuthZEN mapping (docs/authzen.md, "Mapping") with every error at its field: what
 * the admin API stores and what the AuthZEN endpoints read back, by the same rules.
 */
public final class AuthzenMappingRules {

  private static final Set<String> TOP = Set.of("subjectAttribute", "actions", "resourceTypes");
  private static final Set<String> TYPE = Set.of("node", "ownerProperty", "ownerLookup");

  private AuthzenMappingRules() {}

  /**
   * @param catalog the realm's permissions, which action aliases must name; null to take any
   *     well-formed key (reading back what was stored: a permission deleted since then is simply an
   *     action the realm does not know)
   */
  public static AuthzenMapping read(JsonNode root, PermissionCatalog catalog, FieldErrors errors) {
    if (!errors.check(root != null && root.isObject(), "$", "must be a JSON object")) {
      return AuthzenMapping.none();
    }
    unknown(root, TOP, "", errors);
    String subjectAttribute = text(root.get("subjectAttribute"), "subjectAttribute", errors);
    Map<String, String> actions = new LinkedHashMap<>();
    JsonNode actionsNode = root.get("actions");
    if (object(actionsNode, "actions", errors)) {
      actionsNode
          .fields()
          .forEachRemaining(
              e -> {
                String at = "actions." + FieldErrors.inPath(e.getKey());
                String permission = text(e.getValue(), at, errors);
                if (errors.check(Texts.isReference(e.getKey()), at, "an action name is required")
                    && errors.check(permission != null, at, "required: a permission key")
                    && errors.check(
                        Keys.isValidPermissionKey(permission)
                            && (catalog == null || catalog.contains(permission)),
                        at,
                        "a permission of the realm's catalog, such as chat.handle")) {
                  actions.put(e.getKey(), permission);
                }
              });
      errors.check(
          actions.size() <= Limits.AUTHZEN_MAPPING_ENTRIES,
          "actions",
          "at most " + Limits.AUTHZEN_MAPPING_ENTRIES + " aliases");
    }
    Map<String, AuthzenMapping.ResourceType> types = new LinkedHashMap<>();
    JsonNode typesNode = root.get("resourceTypes");
    if (object(typesNode, "resourceTypes", errors)) {
      typesNode.fields().forEachRemaining(e -> type(e.getKey(), e.getValue(), types, errors));
      errors.check(
          types.size() <= Limits.AUTHZEN_MAPPING_ENTRIES,
          "resourceTypes",
          "at most " + Limits.AUTHZEN_MAPPING_ENTRIES + " types");
    }
    return new AuthzenMapping(subjectAttribute, actions, types);
  }

  private static void type(
      String name,
      JsonNode node,
      Map<String, AuthzenMapping.ResourceType> types,
      FieldErrors errors) {
    String at = "resourceTypes." + FieldErrors.inPath(name);
    if (!errors.check(Texts.isReference(name), at, "a type name is required")
        || !errors.check(
            !AuthzenMapping.BUILT_IN_TYPES.contains(name),
            at,
            "inbox, location and conversation are built in")
        || !object(node, at, errors)) {
      return;
    }
    unknown(node, TYPE, at + ".", errors);
    String nodeKey = text(node.get("node"), at + ".node", errors);
    errors.check(
        nodeKey == null || Keys.isValidKey(nodeKey), at + ".node", "a node key, such as emea");
    String ownerProperty = text(node.get("ownerProperty"), at + ".ownerProperty", errors);
    String ownerLookup = text(node.get("ownerLookup"), at + ".ownerLookup", errors);
    errors.check(
        ownerLookup == null
            || AuthzenMapping.OWNER_LOOKUPS.contains(ownerLookup)
            || (ownerLookup.startsWith(AuthzenMapping.ATTRIBUTE_LOOKUP)
                && ownerLookup.length() > AuthzenMapping.ATTRIBUTE_LOOKUP.length()),
        at + ".ownerLookup",
        "id, username, email or attribute:<name>");
    errors.check(
        ownerLookup == null || ownerProperty != null,
        at + ".ownerLookup",
        "needs ownerProperty: the resource property that names the owner");
    types.put(name, new AuthzenMapping.ResourceType(nodeKey, ownerProperty, ownerLookup));
  }

  private static boolean object(JsonNode node, String at, FieldErrors errors) {
    return node != null && !node.isNull() && errors.check(node.isObject(), at, "must be an object");
  }

  private static String text(JsonNode node, String at, FieldErrors errors) {
    if (node == null || node.isNull()) {
      return null;
    }
    return errors.check(
            node.isTextual() && Texts.isReference(node.textValue()),
            at,
            "must be a non-empty string of at most " + Limits.REFERENCE_CHARS + " characters")
        ? node.textValue()
        : null;
  }

  private static void unknown(JsonNode node, Set<String> known, String prefix, FieldErrors errors) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      errors.check(known.contains(name), prefix + FieldErrors.inPath(name), "unknown field");
    }
  }
}
