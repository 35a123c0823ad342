package io.chataccess.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A permission profile's channel boxes as one assignment: the admin ticks two locations in the
 * assignment dialog, the server stores one scope of both nodes, and the list names both.
 */
@ExtendWith({BrowserRequired.class, KeycloakServerExtension.class})
class SeveralNodesScopeIT {

  private static ConsoleRealm realm;
  private static Browser browser;
  private static String emea;
  private static String apac;

  @BeforeAll
  static void givenThreeRegions(KeycloakHttp http) {
    realm = ConsoleRealm.create(http, "nodes");
    emea = location("emea", "EMEA");
    apac = location("apac", "APAC");
    location("americas", "Americas");
    realm.created(
        "/roles",
        Map.of("key", "profile", "name", "Profile", "grants", Map.of("chat.handle", "all")));
    browser = new Browser(http.baseUrl());
    browser.login(realm.name(), "boss", "boss");
  }

  private static String location(String key, String name) {
    return realm
        .created("/inboxes", Map.of("key", key, "name", name, "type", "location"))
        .get("id")
        .asText();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void twoTickedLocationsBecomeOneAssignmentOfBoth() {
    browser.openSection("assignments");
    browser.click("chat-add-assignment");
    browser.byTestId("chat-assignment-modal");
    browser.select("chat-subject-type", "User");
    browser.type("chat-subject-user-input", "alice");
    browser.click("chat-subject-user-search");
    browser.click("chat-subject-user-result-alice");
    browser.byTestId("chat-subject-selected");
    browser.check("chat-what-role");
    browser.select("chat-assignment-role", "Profile (profile)");
    browser.check("chat-scope-nodes");
    browser.check("chat-scope-nodes-emea");
    browser.check("chat-scope-nodes-apac");
    browser.screenshot("assignment-several-nodes");
    browser.click("chat-assignment-save");
    browser.waitForModalClosed("chat-assignment-modal");
    browser.awaitAlert("The assignment was created.");

    assertThat(browser.textOf("chat-assignment-alice"))
        .contains("Profile", "EMEA and below", "APAC and below")
        .doesNotContain("Americas");
    JsonNode stored = realm.get("/assignments").get(0).get("scope");
    assertThat(stored.get("type").asText()).isEqualTo("nodes");
    List<String> ids = new ArrayList<>();
    stored.get("nodeIds").forEach(id -> ids.add(id.asText()));
    assertThat(ids).containsExactlyInAnyOrder(emea, apac);
  }
}
