package io.chataccess.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads a document's assignments one by one through {@code POST .../chat-access/assignments}, the
 * way an admin tool would: the ids of nodes, roles, users, groups and realm roles are read first.
 * The alternative load path when the document import itself is too slow to wait for.
 */
final class RestAssignments {

  private final KeycloakApi api;
  private final String realmPath;
  private final Map<String, String> nodeIds = new HashMap<>();
  private final Map<String, String> roleIds = new HashMap<>();
  private final Map<String, String> userIds = new HashMap<>();
  private final Map<String, String> groupIds = new ConcurrentHashMap<>();
  private final Map<String, String> realmRoleIds = new ConcurrentHashMap<>();

  RestAssignments(KeycloakApi api, String realm) {
    this.api = api;
    this.realmPath = "/admin/realms/" + realm;
  }

  /** Reads the ids the document's names stand for. */
  void resolveIds() {
    for (int first = 0; ; first += 100) {
      JsonNode page =
          api.get(realmPath + "/chat-access/inboxes?first=" + first + "&max=100")
              .expect(200, "inboxes")
              .json();
      page.forEach(node -> nodeIds.put(node.get("key").asText(), node.get("id").asText()));
      if (page.size() < 100) {
        break;
      }
    }
    api.get(realmPath + "/chat-access/roles")
        .expect(200, "roles")
        .json()
        .forEach(role -> roleIds.put(role.get("key").asText(), role.get("id").asText()));
    api.get(realmPath + "/users?briefRepresentation=true&first=0&max=100000")
        .expect(200, "users")
        .json()
        .forEach(user -> userIds.put(user.get("username").asText(), user.get("id").asText()));
  }

  int nodes() {
    return nodeIds.size();
  }

  /** The representation to POST for one document assignment. */
  String body(JsonNode assignment) {
    Map<String, Object> subject = new LinkedHashMap<>();
    if (assignment.has("user")) {
      subject.put("type", "user");
      subject.put("id", require(userIds.get(assignment.get("user").asText()), assignment));
    } else if (assignment.has("group")) {
      subject.put("type", "group");
      subject.put("id", groupIds.computeIfAbsent(assignment.get("group").asText(), this::groupId));
    } else {
      subject.put("type", "realm-role");
      subject.put(
          "id", realmRoleIds.computeIfAbsent(assignment.get("realmRole").asText(), this::roleId));
    }
    Map<String, Object> scope = new LinkedHashMap<>();
    JsonNode wanted = assignment.path("scope");
    if (wanted.has("node")) {
      scope.put("type", "node");
      scope.put("nodeId", require(nodeIds.get(wanted.get("node").asText()), assignment));
    } else if (wanted.has("inboxes")) {
      List<String> inboxIds = new ArrayList<>();
      wanted.get("inboxes").forEach(key -> inboxIds.add(require(nodeIds.get(key.asText()), key)));
      scope.put("type", "inboxes");
      scope.put("inboxIds", inboxIds);
    } else {
      scope.put("type", "all");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", subject);
    body.put("roleId", require(roleIds.get(assignment.get("role").asText()), assignment));
    body.put("scope", scope);
    body.put("source", "document");
    return KeycloakApi.json(body);
  }

  /** Posts one assignment: null when created, else the problem. */
  String post(JsonNode assignment) {
    Response response = api.post(realmPath + "/chat-access/assignments", body(assignment));
    return response.status() == 201
        ? null
        : "HTTP " + response.status() + " " + response.abbreviated();
  }

  private String groupId(String path) {
    String encoded =
        URLEncoder.encode(path.substring(1), StandardCharsets.UTF_8).replace("+", "%20");
    return api.get(realmPath + "/group-by-path/" + encoded.replace("%2F", "/"))
        .expect(200, "group " + path)
        .json()
        .get("id")
        .asText();
  }

  private String roleId(String name) {
    return api.get(realmPath + "/roles/" + name)
        .expect(200, "realm role " + name)
        .json()
        .get("id")
        .asText();
  }

  private static String require(String id, Object what) {
    if (id == null) {
      throw new IllegalStateException("unknown reference in " + what);
    }
    return id;
  }
}
