package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.PermissionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a chat-access document (docs/document.md, format 1) against the realm it is meant for, for
 * the mistakes an import would reject: unknown users, groups, roles, nodes, role keys, versions and
 * permissions, duplicate keys, oversold seats, invalid levels and channels, unknown fields. Every
 * problem is reported with its JSON path, all at once, as the import does. Each part of the
 * document has a check of its own; the later parts refer to what the earlier ones declare.
 */
final class DocumentCheck {

  private static final Set<String> DOCUMENT_FIELDS =
      Set.of("format", "settings", "permissions", "inboxes", "licenses", "roles", "assignments");
  private static final Set<String> SETTINGS_FIELDS =
      Set.of("licensesRequired", "departmentRootGroup");

  private DocumentCheck() {}

  /** Every problem of {@code document}, with its JSON path; empty when there is none. */
  static List<String> problems(JsonNode document, RealmIndex realm) {
    List<String> problems = new ArrayList<>();
    if (!document.isObject()) {
      problems.add("$: must be an object");
      return problems;
    }
    JsonFields.onlyKnown(document, "$", DOCUMENT_FIELDS, problems);
    if (!document.path("format").isInt() || document.path("format").asInt() != 1) {
      problems.add("$.format: must be 1");
    }
    if (document.has("settings")) {
      settings(document.get("settings"), realm, problems);
    }
    Map<String, PermissionKind> custom =
        CustomPermissionsCheck.declared(document.path("permissions"), problems);
    Map<String, String> nodeTypes = InboxTreeCheck.nodeTypes(document.path("inboxes"), problems);
    LicensesCheck.check(document.path("licenses"), realm, problems);
    GrantsCheck grants = new GrantsCheck(custom, problems);
    Map<String, Integer> roleVersions =
        RolesCheck.versionCounts(document.path("roles"), grants, problems);
    new AssignmentsCheck(realm, nodeTypes, roleVersions, grants, problems)
        .check(document.path("assignments"));
    return problems;
  }

  private static void settings(JsonNode settings, RealmIndex realm, List<String> problems) {
    JsonFields.onlyKnown(settings, "$.settings", SETTINGS_FIELDS, problems);
    if (settings.has("licensesRequired") && !settings.get("licensesRequired").isBoolean()) {
      problems.add("$.settings.licensesRequired: must be true or false");
    }
    JsonNode root = settings.path("departmentRootGroup");
    if (!root.isMissingNode() && !root.isNull() && !realm.groupPaths().contains(root.asText())) {
      problems.add("$.settings.departmentRootGroup: unknown group " + root.asText());
    }
  }
}
