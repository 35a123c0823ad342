package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a document's {@code assignments}: one subject the realm knows, a declared role (and
 * version) or inline grants, a scope of known nodes or inboxes, a valid source.
 */
final class AssignmentsCheck {

  private static final Set<String> ASSIGNMENT_FIELDS =
      Set.of(
          "user",
          "group",
          "realmRole",
          "clientRole",
          "role",
          "version",
          "grants",
          "scope",
          "source");
  private static final List<String> SUBJECTS = List.of("user", "group", "realmRole", "clientRole");

  private final RealmIndex realm;
  private final Map<String, String> nodeTypes;
  private final Map<String, Integer> roleVersions;
  private final GrantsCheck grants;
  private final List<String> problems;

  AssignmentsCheck(
      RealmIndex realm,
      Map<String, String> nodeTypes,
      Map<String, Integer> roleVersions,
      GrantsCheck grants,
      List<String> problems) {
    this.realm = realm;
    this.nodeTypes = nodeTypes;
    this.roleVersions = roleVersions;
    this.grants = grants;
    this.problems = problems;
  }

  void check(JsonNode assignments) {
    Set<JsonNode> seen = new HashSet<>();
    for (int i = 0; i < assignments.size(); i++) {
      JsonNode assignment = assignments.get(i);
      String at = "$.assignments[" + i + "]";
      JsonFields.onlyKnown(assignment, at, ASSIGNMENT_FIELDS, problems);
      if (!seen.add(assignment)) {
        problems.add(at + ": the same assignment appears twice");
      }
      subject(assignment, at);
      boolean hasRole = assignment.has("role");
      if (hasRole == assignment.has("grants")) {
        problems.add(at + ": needs either role or grants");
      }
      if (hasRole) {
        role(assignment, at);
      } else {
        if (assignment.has("version")) {
          problems.add(at + ".version: only with a role");
        }
        if (assignment.path("grants").isEmpty()) {
          problems.add(at + ".grants: at least one grant");
        }
        grants.check(assignment.path("grants"), at + ".grants");
      }
      if (assignment.has("scope")) {
        scope(assignment.get("scope"), at + ".scope");
      }
      String source = assignment.path("source").asText("document");
      if (!source.equals("document")
          && !source.equals("manual")
          && !(source.startsWith("idp:") && source.length() > 4)) {
        problems.add(at + ".source: document, manual or idp:<alias>");
      }
    }
  }

  private void role(JsonNode assignment, String at) {
    String role = assignment.get("role").asText("");
    Integer versions = roleVersions.get(role);
    if (versions == null) {
      problems.add(at + ".role: unknown role " + role);
    } else if (assignment.has("version")) {
      JsonNode version = assignment.get("version");
      if (!version.isInt() || version.asInt() < 1 || version.asInt() > versions) {
        problems.add(at + ".version: role " + role + " has versions 1 to " + versions);
      }
    }
  }

  private void subject(JsonNode assignment, String at) {
    List<String> subjects = SUBJECTS.stream().filter(assignment::has).toList();
    if (subjects.size() != 1) {
      problems.add(at + ": needs exactly one of user, group, realmRole, clientRole");
      return;
    }
    JsonNode value = assignment.get(subjects.get(0));
    switch (subjects.get(0)) {
      case "user" -> {
        if (!realm.usernames().contains(value.asText())) {
          problems.add(at + ".user: unknown user " + value.asText());
        }
      }
      case "group" -> {
        if (!realm.groupPaths().contains(value.asText())) {
          problems.add(at + ".group: unknown group " + value.asText());
        }
      }
      case "realmRole" -> {
        if (!realm.realmRoles().contains(value.asText())) {
          problems.add(at + ".realmRole: unknown realm role " + value.asText());
        }
      }
      default -> {
        String client = value.path("client").asText("");
        String role = value.path("role").asText("");
        if (!realm.hasClientRole(client, role)) {
          problems.add(at + ".clientRole: unknown client role " + client + "/" + role);
        }
      }
    }
  }

  private void scope(JsonNode scope, String at) {
    boolean node = scope.has("node");
    boolean inboxes = scope.has("inboxes");
    JsonFields.onlyKnown(scope, at, Set.of("node", "inboxes"), problems);
    if (node == inboxes) {
      problems.add(at + ": either node or inboxes");
    }
    if (node && !nodeTypes.containsKey(scope.get("node").asText())) {
      problems.add(at + ".node: unknown node " + scope.get("node").asText());
    }
    if (inboxes) {
      JsonNode list = scope.get("inboxes");
      if (list.isEmpty()) {
        problems.add(at + ".inboxes: at least one inbox");
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String key = list.get(i).asText("");
        if (!"inbox".equals(nodeTypes.get(key))) {
          problems.add(at + ".inboxes[" + i + "]: unknown inbox " + key);
        } else if (!seen.add(key)) {
          problems.add(at + ".inboxes[" + i + "]: " + key + " appears twice");
        }
      }
    }
  }
}
