package io.chataccess.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin with view-realm, view-users and view-clients (no manage rights) sees every page with its
 * data and can change nothing: every button that would write is disabled, and forms are read-only.
 */
@ExtendWith({BrowserRequired.class, KeycloakServerExtension.class})
class ViewOnlyAdminIT {

  private static ConsoleRealm realm;
  private static Browser browser;
  private static ChatConsole console;
  private static String licenseId;

  @BeforeAll
  static void givenARealmSetUpByItsAdmin(KeycloakHttp http) {
    realm = ConsoleRealm.create(http, "viewonly");
    String emea =
        realm
            .created("/inboxes", Map.of("key", "emea", "name", "EMEA", "type", "location"))
            .get("id")
            .asText();
    realm.created(
        "/inboxes",
        Map.of(
            "key", "web-emea",
            "name", "Web EMEA",
            "type", "inbox",
            "channel", "web",
            "parentId", emea));
    // more inboxes than a page holds (20 rows), at the root: their keys sort after emea
    for (int i = 1; i <= 20; i++) {
      String key = String.format("q-%02d", i);
      realm.created(
          "/inboxes", Map.of("key", key, "name", "Queue " + i, "type", "inbox", "channel", "sms"));
    }
    licenseId =
        realm
            .created(
                "/licenses",
                Map.of(
                    "key", "web-seat", "name", "Web seat", "seats", 5, "channels", List.of("web")))
            .get("id")
            .asText();
    realm.created("/licenses/" + licenseId + "/holders", Map.of("username", "alice"));
    JsonNode role =
        realm.created(
            "/roles",
            Map.of(
                "key",
                "emea-agent",
                "name",
                "EMEA agent",
                "grants",
                Map.of("chat.handle", "all", "conversation.view", "own")));
    realm.created(
        "/assignments",
        Map.of(
            "subject", Map.of("type", "user", "id", realm.userId("alice")),
            "roleId", role.get("id").asText(),
            "scope", Map.of("type", "node", "nodeId", emea)));

    browser = new Browser(http.baseUrl());
    console = new ChatConsole(browser);
    browser.login(realm.name(), "viewer", "viewer");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void inboxesAreShownButNotChangeable() {
    browser.openSection("inboxes");
    browser.byTestId("chat-node-web-emea");
    browser.byTestId("chat-read-only");
    assertThat(browser.isEnabled("chat-add-location")).isFalse();
    assertThat(browser.isEnabled("chat-add-inbox")).isFalse();
    assertThat(browser.isEnabled("chat-node-actions-emea")).isFalse();
    assertThat(browser.isEnabled("chat-node-actions-web-emea")).isFalse();
    browser.screenshot("view-only-inboxes");
  }

  @Test
  void longListsPage() {
    browser.openSection("inboxes");
    browser.byTestId("chat-node-q-18");
    assertThat(browser.present("chat-node-q-19")).isFalse();
    browser.pageOf("chat-inboxes-pager", "next");
    browser.byTestId("chat-node-q-20");
    assertThat(browser.present("chat-node-emea")).isFalse();
    browser.screenshot("inboxes-second-page");
    browser.pageOf("chat-inboxes-pager", "previous");
    browser.byTestId("chat-node-emea");
  }

  @Test
  void licensesAndHoldersAreShownButNotChangeable() {
    browser.openSection("licenses");
    browser.waitForText("chat-license-web-seat", "1 of 5 seats");
    assertThat(browser.isEnabled("chat-add-license")).isFalse();
    assertThat(browser.isEnabled("chat-license-edit-web-seat")).isFalse();
    assertThat(browser.isEnabled("chat-license-delete-web-seat")).isFalse();

    console.openLicense("web-seat");
    browser.byTestId("chat-holder-alice");
    assertThat(browser.isEnabled("chat-holder-search-input")).isFalse();
    assertThat(browser.isEnabled("chat-holder-search-search")).isFalse();
    assertThat(browser.isEnabled("chat-holder-remove-alice")).isFalse();
    assertThat(browser.isEnabled("chat-license-edit")).isFalse();
    browser.screenshot("view-only-license-holders");
  }

  @Test
  void rolesAreShownButTheMatrixIsReadOnly() {
    browser.openSection("roles");
    browser.byTestId("chat-role-emea-agent");
    assertThat(browser.isEnabled("chat-create-role")).isFalse();
    assertThat(browser.isEnabled("chat-role-delete-emea-agent")).isFalse();

    console.openRole("emea-agent");
    assertThat(browser.isEnabled("chat-role-name")).isFalse();
    assertThat(browser.isEnabled("chat-role-save")).isFalse();
    WebElement granted = browser.byTestIdPresent("chat-role-matrix-conversation.view-own");
    assertThat(granted.isSelected()).isTrue();
    assertThat(granted.isEnabled()).isFalse();
    assertThat(browser.isEnabled("chat-role-matrix-conversation.view-all")).isFalse();
    browser.fullScreenshot("view-only-role");
  }

  @Test
  void assignmentsAreShownButNotChangeable() {
    browser.openSection("assignments");
    browser.byTestId("chat-assignment-alice");
    assertThat(browser.isEnabled("chat-add-assignment")).isFalse();
    for (WebElement button :
        browser
            .driver()
            .findElements(
                By.cssSelector(
                    "[data-testid='chat-assignment-edit'], [data-testid='chat-assignment-delete']"))) {
      assertThat(button.isEnabled()).as(button.getText()).isFalse();
    }
    browser.screenshot("view-only-assignments");
  }

  @Test
  void theUserViewExplainsButCannotSuspendOrGrant() {
    console.openUser("alice");
    assertThat(console.levelIn("web-emea", "conversation.view")).isEqualTo("own");
    assertThat(browser.isEnabled("chat-user-suspend")).isFalse();
    assertThat(browser.isEnabled("chat-user-add-grants")).isFalse();

    // reading is allowed: the explanation and the claim preview work
    console.explain("web-emea", "conversation.view");
    assertThat(browser.textOf("chat-contribution-emea-agent")).contains("EMEA agent", "own");
    console.closeExplanation();
    browser.select("chat-preview-client", "chat-app");
    browser.click("chat-preview-run");
    browser.waitForText("chat-preview-claim", "\"web-emea\"");
    browser.fullScreenshot("view-only-user");
  }
}
