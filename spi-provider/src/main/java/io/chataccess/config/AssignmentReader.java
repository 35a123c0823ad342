package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.AssignmentScope;
import io.chataccess.config.ChatAccessDocument.Subject;
import io.chataccess.policy.Grants;
import io.chataccess.policy.SubjectType;
import io.chataccess.rules.AssignmentRules;
import io.chataccess.rules.Limits;
import io.chataccess.rules.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the document's {@code assignments}: who, which role or extra grants, where. */
final class AssignmentReader {

  private static final Set<String> FIELDS =
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
  private static final List<String> SUBJECT_FIELDS =
      List.of("user", "group", "realmRole", "clientRole");

  private final JsonFields json;
  private final GrantsField grants;

  AssignmentReader(JsonFields json, GrantsField grants) {
    this.json = json;
    this.grants = grants;
  }

  List<Assignment> read(JsonNode array) {
    List<Assignment> result = new ArrayList<>();
    json.each(
        array,
        "$.assignments",
        Limits.ASSIGNMENTS,
        (item, at) -> {
          json.unknownFields(item, at, FIELDS);
          Subject subject = subject(item, at);
          String role = json.optionalText(item, "role", at);
          boolean hasGrants = item.has("grants") && !item.get("grants").isNull();
          json.errors()
              .check(
                  (role != null) != hasGrants,
                  at,
                  "needs either role or grants, not both or neither");
          Integer version = version(item.get("version"), role, at + ".version");
          Grants extra = hasGrants ? grants.extra(item.get("grants"), at + ".grants") : null;
          AssignmentScope scope = scope(item.get("scope"), at + ".scope");
          String source = json.optionalText(item, "source", at);
          if (source != null) {
            AssignmentRules.source(source, at + ".source", json.errors());
          }
          result.add(
              new Assignment(
                  subject, role, version, extra, scope, source == null ? "document" : source));
        });
    return result;
  }

  private Integer version(JsonNode node, String role, String at) {
    if (node == null || node.isNull()) {
      return null;
    }
    boolean valid =
        json.errors().check(role != null, at, "pins a role's version; needs role")
            && json.errors()
                .check(node.isInt() && node.intValue() >= 1, at, "must be a version number from 1");
    return valid ? node.intValue() : null;
  }

  private Subject subject(JsonNode item, String at) {
    List<String> present = new ArrayList<>();
    for (String field : SUBJECT_FIELDS) {
      if (item.has(field) && !item.get(field).isNull()) {
        present.add(field);
      }
    }
    if (!json.errors()
        .check(
            present.size() == 1, at, "needs exactly one of user, group, realmRole, clientRole")) {
      return null;
    }
    String field = present.get(0);
    if (field.equals("clientRole")) {
      JsonNode node = item.get(field);
      if (!json.object(node, at + ".clientRole")) {
        return null;
      }
      json.unknownFields(node, at + ".clientRole", Set.of("client", "role"));
      String client = json.requiredText(node, "client", at + ".clientRole");
      String role = json.requiredText(node, "role", at + ".clientRole");
      return client == null || role == null
          ? null
          : new Subject(SubjectType.CLIENT_ROLE, role, client);
    }
    String name = json.requiredText(item, field, at);
    if (name == null) {
      return null;
    }
    json.errors()
        .check(
            Texts.isReference(name),
            at + "." + field,
            "at most " + Limits.REFERENCE_CHARS + " printable characters");
    return switch (field) {
      case "user" -> new Subject(SubjectType.USER, name, null);
      case "group" -> {
        json.errors()
            .check(name.startsWith("/"), at + ".group", "must be a group path such as /sales");
        yield new Subject(SubjectType.GROUP, name, null);
      }
      default -> new Subject(SubjectType.REALM_ROLE, name, null);
    };
  }

  private AssignmentScope scope(JsonNode node, String at) {
    if (node == null || node.isNull() || !json.object(node, at)) {
      return null;
    }
    json.unknownFields(node, at, Set.of("node", "nodes", "inboxes"));
    long given = Stream.of("node", "nodes", "inboxes").filter(node::has).count();
    if (!json.errors().check(given == 1, at, "needs one of node, nodes or inboxes")) {
      return null;
    }
    if (node.has("node")) {
      String key = json.requiredText(node, "node", at);
      return key == null ? null : AssignmentScope.node(key);
    }
    if (node.has("nodes")) {
      List<String> keys = json.texts(node.get("nodes"), at + ".nodes", Limits.ASSIGNMENT_NODES);
      AssignmentRules.nodeCount(keys.size(), at + ".nodes", json.errors());
      json.errors()
          .check(
              new HashSet<>(keys).size() == keys.size(), at + ".nodes", "a node is listed twice");
      return AssignmentScope.nodes(keys);
    }
    List<String> keys = json.texts(node.get("inboxes"), at + ".inboxes", Limits.ASSIGNMENT_INBOXES);
    AssignmentRules.inboxCount(keys.size(), at + ".inboxes", json.errors());
    json.errors()
        .check(
            new HashSet<>(keys).size() == keys.size(), at + ".inboxes", "an inbox is listed twice");
    return AssignmentScope.inboxes(keys);
  }
}
