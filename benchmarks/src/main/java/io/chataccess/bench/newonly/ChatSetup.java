package io.chataccess.bench.newonly;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chat configuration of the benchmark, made through our admin API: licenses off, one location
 * {@code site} with its inboxes, the chat role {@code team-agent} at version 1 and one assignment
 * of it to the group {@code /team} on the location.
 */
final class ChatSetup {

  static final String LOCATION = "site";
  static final String ROLE = "team-agent";
  private static final List<String> CHANNELS = List.of("web", "whatsapp", "email", "sms", "in_app");

  private final KeycloakApi api;
  private final String base;
  private final int inboxCount;
  private final List<String> inboxKeys = new ArrayList<>();
  private String roleId;

  ChatSetup(KeycloakApi api, NewOnlySettings settings) {
    this.api = api;
    this.base = "/admin/realms/" + settings.realm() + "/chat-access";
    this.inboxCount = settings.inboxes();
  }

  /** Creates it all; answers the seconds it took. */
  double create() {
    Progress.log("creating the chat configuration");
    long start = System.nanoTime();
    api.put(base + "/settings", KeycloakApi.json(Map.of("licensesRequired", false)))
        .expect(200, "settings");
    String locationId =
        created(
                "/inboxes",
                Map.of("key", LOCATION, "name", "Site", "type", "location"),
                "location " + LOCATION)
            .get("id")
            .asText();
    for (int i = 0; i < inboxCount; i++) {
      String key = String.format("inbox-%02d", i);
      Map<String, Object> inbox = new LinkedHashMap<>();
      inbox.put("key", key);
      inbox.put("name", "Inbox " + i);
      inbox.put("type", "inbox");
      inbox.put("channel", CHANNELS.get(i % CHANNELS.size()));
      inbox.put("parentId", locationId);
      created("/inboxes", inbox, "inbox " + key);
      inboxKeys.add(key);
    }
    roleId =
        created(
                "/roles",
                Map.of(
                    "key",
                    ROLE,
                    "name",
                    "Team agent",
                    "grants",
                    RoleGrants.of(1),
                    "requiresLicense",
                    false),
                "role " + ROLE)
            .get("id")
            .asText();
    created(
        "/assignments",
        Map.of(
            "subject", Map.of("type", "group", "name", TeamRealm.GROUP),
            "roleKey", ROLE,
            "scope", Map.of("type", "node", "nodeKey", LOCATION)),
        "assignment of " + ROLE + " to " + TeamRealm.GROUP);
    return Progress.secondsSince(start);
  }

  private JsonNode created(String path, Map<String, ?> body, String what) {
    return api.post(base + path, KeycloakApi.json(body)).expect(201, what).json();
  }

  String roleId() {
    return roleId;
  }

  List<String> inboxKeys() {
    return inboxKeys;
  }

  /** The inbox the checks read. */
  String firstInbox() {
    return inboxKeys.get(0);
  }

  String base() {
    return base;
  }
}
