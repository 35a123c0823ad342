package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.policy.Channel;
import io.chataccess.rules.Limits;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Given a realm filled through the admin API to its limits (longest names and descriptions, most
 * attributes, the deepest tree, every channel kind, the widest license, the longest keys, every
 * kind of subject and scope): its document imports into a fresh realm, and that realm exports the
 * same document.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Everything the API accepts exports and imports unchanged")
class RoundTripIT {

  private TestRealm source;
  private TestRealm target;

  @BeforeAll
  void fillToTheLimits(KeycloakHttp http) {
    source = TestRealm.create(http, "round-trip-from");
    target = TestRealm.create(http, "round-trip-to");
    source.put("/settings", Map.of("departmentRootGroup", "/support", "licensesRequired", true));
    String permission = "a".repeat(40) + (".b" + "c".repeat(39)).repeat(2) + ".bcccc";
    assertThat(permission).hasSize(Limits.PERMISSION_KEY_CHARS);
    created(
        "/permissions",
        Map.of(
            "key",
            permission,
            "kind",
            "scoped",
            "description",
            longText(Limits.DESCRIPTION_CHARS)));
    created("/permissions", Map.of("key", "crm.flag", "kind", "boolean"));

    String top = node("top", "location", null, null, maxAttributes());
    String parent = top;
    for (int depth = 2; depth < Limits.TREE_DEPTH; depth++) {
      parent = node("level-" + depth, "location", null, parent, Map.of());
    }
    String deepest = node("deepest", "inbox", "web", parent, Map.of());
    List<String> inboxes = new ArrayList<>(List.of(deepest));
    for (String channel : new TreeSet<>(Channel.BUILT_IN)) {
      inboxes.add(node("in-" + channel.replace('_', '-'), "inbox", channel, top, Map.of()));
    }
    String custom = "custom:" + "z".repeat(Limits.CHANNEL_CHARS - "custom:".length());
    String customInbox = node("in-custom", "inbox", custom, null, Map.of());
    node("in-custom-sub", "inbox", "sms", customInbox, Map.of());

    List<String> channels = new ArrayList<>(new TreeSet<>(Channel.BUILT_IN));
    for (int i = channels.size(); i < Limits.LICENSE_CHANNELS; i++) {
      channels.add("custom:" + String.format("k%02d", i) + "y".repeat(Limits.CHANNEL_CHARS - 10));
    }
    Map<String, Object> license = new HashMap<>();
    license.put("key", "l" + "x".repeat(Limits.KEY_CHARS - 1));
    license.put("name", "N".repeat(Limits.NAME_CHARS));
    license.put("seats", Limits.SEATS);
    license.put("channels", channels);
    String licenseId = created("/licenses", license).get("id").asText();
    source.hold(licenseId, "alice");

    Map<String, String> everything = new LinkedHashMap<>();
    for (JsonNode p : source.get("/permissions").json()) {
      everything.put(p.get("key").asText(), "all");
    }
    everything.put(permission, "department");
    String role =
        created(
                "/roles",
                Map.of(
                    "key",
                    "r" + "x".repeat(Limits.KEY_CHARS - 1),
                    "name",
                    "R".repeat(Limits.NAME_CHARS),
                    "description",
                    longText(Limits.DESCRIPTION_CHARS),
                    "grants",
                    everything,
                    "requiresLicense",
                    true))
            .get("id")
            .asText();
    source.assign("user", source.userId("alice"), role, TestRealm.scopeAll());
    Map<String, Object> edit =
        Map.of(
            "key",
            "r" + "x".repeat(Limits.KEY_CHARS - 1),
            "name",
            "R".repeat(Limits.NAME_CHARS),
            "grants",
            Map.of("chat.handle", "own"),
            "requiresLicense",
            false);
    assertThat(source.put("/roles/" + role + "?mode=new-only", edit).status()).isEqualTo(200);
    source.assign("group", source.groupId("/support/emea"), role, TestRealm.scopeNode(top));
    source.assign(
        "realm-role",
        source.realmRoleId("senior"),
        role,
        TestRealm.scopeInboxes(inboxes.toArray(String[]::new)));
    source.assign(
        "client-role",
        source.clientRoleId("crm", "crm-user"),
        role,
        TestRealm.scopeNode(customInbox));
    created(
        "/assignments",
        Map.of(
            "subject", Map.of("type", "user", "id", source.userId("bob")),
            "grants", Map.of(permission, "own", "crm.flag", "all"),
            "scope", TestRealm.scopeInboxes(deepest)));
  }

  @AfterAll
  void removeRealms() {
    source.close();
    target.close();
  }

  @Test
  @DisplayName("the document of a realm at its limits imports into a fresh realm unchanged")
  void exports_and_imports_unchanged() {
    ObjectNode exported = (ObjectNode) source.get("/document").json();
    exported.remove("realm");

    JsonResponse imported = target.put("/document", exported);
    ObjectNode again = (ObjectNode) target.get("/document").json();
    again.remove("realm");

    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    assertThat(again).isEqualTo(exported);
    JsonResponse twice = target.put("/document", exported);
    assertThat(twice.json().get("changed").asBoolean()).as("%s", twice).isFalse();
  }

  private String node(
      String key, String type, String channel, String parentId, Map<String, String> attributes) {
    Map<String, Object> body = new HashMap<>();
    body.put("key", key);
    body.put("name", key.toUpperCase() + " " + "n".repeat(Limits.NAME_CHARS - key.length() - 1));
    body.put("type", type);
    body.put("channel", channel);
    body.put("parentId", parentId);
    body.put("attributes", attributes);
    return created("/inboxes", body).get("id").asText();
  }

  private JsonNode created(String path, Object body) {
    JsonResponse response = source.post(path, body);
    assertThat(response.status()).as("%s %s", path, response).isEqualTo(201);
    return response.json();
  }

  private static Map<String, String> maxAttributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < Limits.ATTRIBUTES; i++) {
      String name = String.format("a%02d", i);
      attributes.put(
          name + "k".repeat(Limits.ATTRIBUTE_NAME_CHARS - 3),
          "v".repeat(Limits.ATTRIBUTE_VALUE_CHARS));
    }
    return attributes;
  }

  /**
   * Printable text with line breaks, as descriptions allow, of exactly {@code length} characters.
   */
  private static String longText(int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(text.length() % 80 == 79 ? '\n' : 'ä');
    }
    return text.toString();
  }
}
