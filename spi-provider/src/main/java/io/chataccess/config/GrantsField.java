package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.Grants;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.rules.GrantRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@code permission -> level} object of the document and checks it with the API's rules.
 */
final class GrantsField {

  private final JsonFields json;
  private final PermissionCatalog catalog;

  GrantsField(JsonFields json, PermissionCatalog catalog) {
    this.json = json;
    this.catalog = catalog;
  }

  /** A role version's grants: required, may be empty. */
  Grants ofRole(JsonNode node, String at) {
    Map<String, String> levels = levels(node, at);
    return levels == null
        ? Grants.empty()
        : GrantRules.validate(levels, catalog, at, json.errors());
  }

  /** An assignment's extra grants: like a role's, and they must grant something. */
  Grants extra(JsonNode node, String at) {
    Map<String, String> levels = levels(node, at);
    return levels == null
        ? Grants.empty()
        : GrantRules.validateExtra(levels, catalog, at, json.errors());
  }

  private Map<String, String> levels(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      json.errors().add(at, "required");
      return null;
    }
    if (!json.object(node, at)) {
      return null;
    }
    Map<String, String> levels = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            entry -> {
              if (json.errors()
                  .check(
                      entry.getValue().isTextual(),
                      at + "." + entry.getKey(),
                      "level must be none, own, department or all")) {
                levels.put(entry.getKey(), entry.getValue().textValue());
              }
            });
    return levels;
  }
}
