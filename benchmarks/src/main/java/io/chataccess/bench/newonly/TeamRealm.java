package io.chataccess.bench.newonly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.bench.load.KeycloakApi;
import java.util.ArrayList;
import java.util.List;

/**
 * The Keycloak side of the benchmark realm: one group {@code /team} whose members are {@code
 * agent-0} ... {@code agent-<n-1>}, only {@code agent-0} with a password (no hashing for the
 * others), and the public client {@code desk} (direct access grants) with our chat mapper. Imported
 * with {@code POST /admin/realms}, the users in one request or, with more import parts, the rest in
 * partial imports; each request timed.
 */
final class TeamRealm {

  static final String GROUP = "/team";
  static final String CLIENT = "desk";
  static final String AGENT = "agent-0";
  static final String CHAT_MAPPER = "chat-access-permissions-mapper";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final KeycloakApi api;
  private final NewOnlySettings settings;
  private long members;

  TeamRealm(KeycloakApi api, NewOnlySettings settings) {
    this.api = api;
    this.settings = settings;
  }

  /** One timed import request: what it sent, how long it took. */
  record ImportStep(String what, int users, int kib, double seconds, int status) {}

  /** Deletes a realm left from an earlier run, then imports it afresh. */
  List<ImportStep> importRealm() {
    String realm = settings.realm();
    if (api.get("/admin/realms/" + realm).status() == 200) {
      Progress.log("deleting the existing realm " + realm);
      api.delete("/admin/realms/" + realm).expect(204, "delete realm");
    }
    List<ArrayNode> parts = userParts();
    List<ImportStep> steps = new ArrayList<>();
    ObjectNode representation = realmRepresentation(parts.get(0));
    steps.add(send("realm import `POST /admin/realms`", "/admin/realms", representation, 201));
    for (int i = 1; i < parts.size(); i++) {
      ObjectNode partial = NODES.objectNode().put("ifResourceExists", "FAIL");
      partial.set("users", parts.get(i));
      steps.add(
          send(
              "partial import " + i + " `POST .../partialImport`",
              "/admin/realms/" + realm + "/partialImport",
              partial,
              200));
    }
    return steps;
  }

  private ImportStep send(String what, String path, ObjectNode body, int expected) {
    String json = KeycloakApi.json(body);
    int users = body.path("users").size();
    Progress.log(what + ": " + users + " users, " + json.length() / 1024 + " KiB");
    api.adminToken();
    long start = System.nanoTime();
    KeycloakApi.Response response = api.post(path, json);
    double seconds = Progress.secondsSince(start);
    response.expect(expected, what);
    Progress.log("done in " + Progress.seconds(seconds));
    return new ImportStep(what, users, json.length() / 1024, seconds, response.status());
  }

  private List<ArrayNode> userParts() {
    int parts = Math.min(settings.importParts(), settings.teamSize());
    int perPart = (settings.teamSize() + parts - 1) / parts;
    List<ArrayNode> result = new ArrayList<>();
    for (int i = 0; i < settings.teamSize(); i++) {
      if (i % perPart == 0) {
        result.add(NODES.arrayNode());
      }
      result.get(result.size() - 1).add(user("agent-" + i, i == 0));
    }
    return result;
  }

  private ObjectNode realmRepresentation(ArrayNode users) {
    ObjectNode realm = NODES.objectNode().put("realm", settings.realm()).put("enabled", true);
    realm.putArray("groups").addObject().put("name", GROUP.substring(1));
    realm.set("users", users);
    ObjectNode client =
        realm
            .putArray("clients")
            .addObject()
            .put("clientId", CLIENT)
            .put("publicClient", true)
            .put("standardFlowEnabled", false)
            .put("directAccessGrantsEnabled", true);
    ObjectNode mapper =
        client
            .putArray("protocolMappers")
            .addObject()
            .put("name", "chat")
            .put("protocol", "openid-connect")
            .put("protocolMapper", CHAT_MAPPER);
    mapper
        .putObject("config")
        .put("claim.name", "chat")
        .put("access.token.claim", "true")
        .put("id.token.claim", "true")
        .put("userinfo.token.claim", "true")
        .put("introspection.token.claim", "true");
    return realm;
  }

  /** A member of the team; names and e-mail given, so the user profile asks for nothing. */
  private ObjectNode user(String username, boolean withPassword) {
    ObjectNode user =
        NODES
            .objectNode()
            .put("username", username)
            .put("enabled", true)
            .put("email", username + "@new-only.example")
            .put("emailVerified", true)
            .put("firstName", "Agent")
            .put("lastName", username);
    user.putArray("groups").add(GROUP);
    if (withPassword) {
      user.putArray("credentials")
          .addObject()
          .put("type", "password")
          .put("value", settings.password())
          .put("temporary", false);
    }
    return user;
  }

  /** A user who joins {@code /team} now (created with the group); answers the user's id. */
  String join(String username) {
    ObjectNode user = user(username, false);
    api.post("/admin/realms/" + settings.realm() + "/users", KeycloakApi.json(user))
        .expect(201, "create " + username);
    members++;
    return userId(username);
  }

  String userId(String username) {
    JsonNode found =
        api.get("/admin/realms/" + settings.realm() + "/users?exact=true&username=" + username)
            .expect(200, "user " + username)
            .json();
    if (found.size() != 1) {
      throw new IllegalStateException("user " + username + " not found");
    }
    return found.get(0).get("id").asText();
  }

  /**
   * Members of {@code /team}: counted by Keycloak once after the import, then followed by {@link
   * #join} (Keycloak's member list reads each member's attributes, one query per member: too heavy
   * to ask for right before a timed save).
   */
  long members() {
    return members;
  }

  /** Members of the group as Keycloak counts them; from now on {@link #members()}. */
  long countMembers() {
    JsonNode group =
        api.get("/admin/realms/" + settings.realm() + "/group-by-path/team")
            .expect(200, "group /team")
            .json();
    members =
        api.get(
                "/admin/realms/"
                    + settings.realm()
                    + "/groups/"
                    + group.get("id").asText()
                    + "/members?briefRepresentation=true&max=100000")
            .expect(200, "members of /team")
            .json()
            .size();
    return members;
  }
}
