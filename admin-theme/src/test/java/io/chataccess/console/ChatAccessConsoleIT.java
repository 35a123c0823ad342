package io.chataccess.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A realm admin sets up chat access in the admin console, in headless Chromium against the real
 * server with our theme and provider: the steps build on each other, as an admin would work.
 */
@ExtendWith({BrowserRequired.class, KeycloakServerExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatAccessConsoleIT {

  private static ConsoleRealm realm;
  private static Browser browser;
  private static ChatConsole console;

  @BeforeAll
  static void signIn(KeycloakHttp http) {
    realm = ConsoleRealm.create(http, "console");
    browser = new Browser(http.baseUrl());
    console = new ChatConsole(browser);
    browser.login(realm.name(), "boss", "boss");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void theStandardConsoleKeepsItsSectionsAndGainsChatAccess() {
    browser.byTestId("nav-item-clients");
    browser.byTestId("nav-item-users");
    assertThat(browser.byId("chat-access-nav").getText())
        .contains("Chat access", "Inboxes", "Licenses", "Chat roles", "Assignments", "User access");
    browser.screenshot("console-navigation");

    // a standard page still works next to ours
    browser.click("nav-item-users");
    browser.waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "alice"));
    browser.openSection("inboxes");
    browser.byTestId("chat-inboxes-empty");
    browser.screenshot("inboxes-empty");
  }

  @Test
  @Order(2)
  void givenAnEmptyTreeWhenTheAdminAddsALocationAndAnInboxThenTheTreeShowsBoth() {
    console.createLocation("berlin", "Berlin", null);
    browser.openSection("inboxes");
    browser.click("chat-add-inbox");
    browser.byTestId("chat-node-modal");
    browser.type("chat-node-key", "wa-berlin");
    browser.type("chat-node-name", "WhatsApp Berlin");
    browser.select("chat-node-parent", "Berlin (berlin)");
    browser.select("chat-node-channel", "WhatsApp");
    browser.screenshot("inboxes-add-inbox");
    browser.click("chat-node-save");
    browser.waitForModalClosed("chat-node-modal");
    browser.awaitAlert("WhatsApp Berlin was created.");

    assertThat(browser.byTestId("chat-node-wa-berlin").getText())
        .contains("WhatsApp Berlin", "wa-berlin", "Inbox", "whatsapp", "berlin / wa-berlin");
    assertThat(browser.byTestId("chat-node-berlin").getText()).contains("Berlin", "Location");
    browser.dismissAlerts();
    browser.screenshot("inboxes");
  }

  @Test
  @Order(3)
  void nodesAreRenamedMovedAndDeletedWithTheCascadeQuestion() {
    console.createLocation("tmp", "Temporary", null);
    console.createInbox("tmp-web", "Temporary web", "Temporary (tmp)", "Web chat");
    console.createInbox("tmp-sms", "Temporary SMS", null, "SMS");

    console.nodeAction("tmp", "rename");
    browser.type("chat-node-name", "Pop-up store");
    browser.click("chat-node-save");
    browser.awaitAlert("Pop-up store was saved.");

    console.nodeAction("tmp-sms", "move");
    browser.select("chat-node-parent", "Pop-up store (tmp)");
    browser.click("chat-node-save");
    browser.awaitAlert("Temporary SMS was saved.");
    browser.waitForText("chat-node-tmp-sms", "tmp / tmp-sms");

    browser.dismissAlerts();
    console.nodeAction("tmp", "delete");
    browser.click("chat-delete-node-confirm");
    // the server refuses a delete that would take children along: the page asks again
    browser.waitForText("chat-delete-node-cascade", "2 nodes below it");
    browser.screenshot("inboxes-delete-cascade");
    browser.click("chat-delete-node-cascade-confirm");
    browser.awaitAlert("Pop-up store was deleted.");
    browser.waitUntil(
        ExpectedConditions.invisibilityOfElementLocated(Browser.testId("chat-node-tmp")));
    assertThat(browser.present("chat-node-tmp-web")).isFalse();
    assertThat(browser.present("chat-node-tmp-sms")).isFalse();
    assertThat(browser.present("chat-node-wa-berlin")).isTrue();
    browser.dismissAlerts();
  }

  @Test
  @Order(4)
  void givenALicenseWithOneSeatWhenASecondHolderIsAddedThenTheSeatErrorIsShown() {
    console.createLicense("whatsapp-seat", "WhatsApp seat", 1, "whatsapp");
    browser.waitForText("chat-seats-whatsapp-seat", "0 of 1 seats");

    console.openLicense("whatsapp-seat");
    console.addHolder("alice");
    browser.awaitAlert("alice now holds the license.");
    browser.byTestId("chat-holder-alice");
    browser.waitForText("chat-seats-whatsapp-seat", "1 of 1 seats");

    console.addHolder("bob");
    String alerts = browser.awaitAlert("Adding bob failed");
    assertThat(alerts).contains("All 1 seats of license whatsapp-seat are taken.");
    assertThat(browser.present("chat-holder-bob")).isFalse();
    browser.screenshot("license-holders");

    browser.dismissAlerts();
    browser.openSection("licenses");
    browser.waitForText("chat-license-whatsapp-seat", "1 of 1 seats");
    browser.screenshot("licenses");
  }

  @Test
  @Order(5)
  void givenTheMatrixWhenARoleIsCreatedAndSavedForNewAssignmentsOnlyThenTwoVersionsExist() {
    console.createRole(
        "berlin-agent",
        "Berlin agent",
        "Answers WhatsApp in Berlin, sees the department's conversations",
        Map.of("chat.handle", "all", "conversation.view", "department"));
    browser.dismissAlerts();
    browser.fullScreenshot("role-editor");
    assertThat(realm.roleVersion("berlin-agent")).isEqualTo(1);

    console.setGrants(Map.of("conversation.join", "own"));
    browser.click("chat-role-save");
    browser.byTestId("chat-save-mode-modal");
    browser.check("chat-save-mode-new-only");
    browser.screenshot("role-save-mode");
    browser.click("chat-save-mode-confirm");
    browser.awaitAlert("Berlin agent was saved as version 2.");
    assertThat(realm.roleVersion("berlin-agent")).isEqualTo(2);

    browser.click("chat-role-tab-versions");
    browser.byTestId("chat-role-version-2");
    assertThat(browser.textOf("chat-role-version-2")).contains("new holders only");
    assertThat(browser.textOf("chat-role-version-1")).contains("Created");
    browser.dismissAlerts();
    browser.screenshot("role-versions");

    browser.openSection("roles");
    browser.waitForText("chat-role-berlin-agent", "v2");
    browser.screenshot("roles");
  }

  @Test
  @Order(6)
  void anAssignmentGivesAliceTheRoleInBerlinAndBobTheRoleEverywhere() {
    browser.openSection("assignments");
    browser.byTestId("chat-assignments-empty");
    browser.click("chat-add-assignment");
    browser.byTestId("chat-assignment-modal");
    browser.select("chat-subject-type", "User");
    browser.type("chat-subject-user-input", "alice");
    browser.click("chat-subject-user-search");
    browser.click("chat-subject-user-result-alice");
    browser.select("chat-assignment-role", "Berlin agent (berlin-agent)");
    browser.check("chat-scope-node");
    browser.select("chat-scope-node-select", "Berlin (berlin)");
    browser.screenshot("assignment-add");
    browser.click("chat-assignment-save");
    browser.waitForModalClosed("chat-assignment-modal");
    browser.awaitAlert("The assignment was created.");

    console.assignRoleToUser("bob", "Berlin agent (berlin-agent)", null);

    // a group, on chosen inboxes
    browser.click("chat-add-assignment");
    browser.byTestId("chat-assignment-modal");
    browser.select("chat-subject-type", "Group");
    browser.type("chat-subject-search-input", "emea");
    browser.click("chat-subject-search");
    browser.click("chat-subject-result-/support/emea");
    browser.select("chat-assignment-role", "Berlin agent (berlin-agent)");
    browser.select("chat-assignment-pin", "Stay on version 1");
    browser.check("chat-scope-inboxes");
    browser.check("chat-scope-inbox-wa-berlin");
    browser.click("chat-assignment-save");
    browser.waitForModalClosed("chat-assignment-modal");
    browser.awaitAlert("The assignment was created.");
    assertThat(browser.textOf("chat-assignment-/support/emea"))
        .contains("Group", "Berlin agent", "pinned to v1", "WhatsApp Berlin");

    assertThat(browser.textOf("chat-assignment-alice"))
        .contains("Berlin agent", "current version", "Berlin and below");
    assertThat(browser.textOf("chat-assignment-bob")).contains("Berlin agent", "All inboxes");
    browser.dismissAlerts();
    browser.screenshot("assignments");
  }

  @Test
  @Order(7)
  void theUserViewShowsAlicesLevelsAndExplainsThem() {
    console.openUser("alice");
    assertThat(console.levelIn("wa-berlin", "conversation.view")).isEqualTo("department");
    assertThat(console.levelIn("wa-berlin", "chat.handle")).isEqualTo("all");
    assertThat(console.levelIn("wa-berlin", "conversation.join")).isEqualTo("own");
    assertThat(browser.textOf("chat-user-licenses")).contains("whatsapp-seat");
    browser.fullScreenshot("user-access");

    console.explain("wa-berlin", "conversation.view");
    assertThat(browser.textOf("chat-explain-level")).contains("department");
    assertThat(browser.textOf("chat-contribution-berlin-agent"))
        .contains("Berlin agent", "v2", "department", "node berlin");
    browser.byTestId("chat-contribution-winning");
    browser.screenshot("user-explain");
    console.closeExplanation();
  }

  @Test
  @Order(8)
  void withoutALicenseBobsGrantIsDroppedAndTheExplanationSaysWhy() {
    console.openUser("bob");
    browser.byTestId("chat-user-no-license");
    browser.byTestId("chat-user-no-permissions");
    browser.select("chat-why-permission", "conversation.view");
    browser.select("chat-why-inbox", "WhatsApp Berlin (wa-berlin)");
    browser.click("chat-why-run");
    browser.byTestId("chat-explain-modal");
    browser.waitForText("chat-contribution-berlin-agent", "no license for this channel");
    assertThat(browser.textOf("chat-explain-level")).contains("none");
    browser.screenshot("user-explain-dropped");
    console.closeExplanation();
  }

  @Test
  @Order(9)
  void theClaimPreviewShowsWhatChatAppWouldGetAndSuspensionRemovesEverything() {
    console.openUser("alice");
    browser.select("chat-preview-client", "chat-app");
    browser.click("chat-preview-run");
    browser.waitForText("chat-preview-claim", "\"wa-berlin\"");
    assertThat(browser.textOf("chat-preview-claim"))
        .contains("\"chat\"", "\"whatsapp-seat\"", "\"conversation.view\": \"department\"");
    browser.fullScreenshot("user-claim-preview");

    browser.click("chat-user-suspend");
    browser.type("chat-suspend-reason", "security incident");
    browser.click("chat-suspend-confirm");
    browser.awaitAlert("alice is suspended.");
    browser.byTestId("chat-user-suspended");
    browser.byTestId("chat-user-no-permissions");
    assertThat(browser.textOf("chat-user-suspended-alert")).contains("security incident");
    browser.dismissAlerts();
    browser.screenshot("user-suspended");

    browser.click("chat-user-resume");
    browser.awaitAlert("alice is active again.");
    browser.byTestId("chat-user-active");
    assertThat(console.levelIn("wa-berlin", "conversation.view")).isEqualTo("department");
  }

  @Test
  @Order(10)
  void extraGrantsForOneUserAddToHerRole() {
    console.openUser("alice");
    browser.click("chat-user-add-grants");
    browser.byTestId("chat-assignment-modal");
    assertThat(browser.textOf("chat-subject-fixed")).contains("alice");
    browser.check("chat-assignment-grants-canned.use-all");
    browser.check("chat-scope-all");
    browser.screenshot("user-extra-grants");
    browser.click("chat-assignment-save");
    browser.waitForModalClosed("chat-assignment-modal");
    browser.awaitAlert("The assignment was created.");

    assertThat(console.levelIn("wa-berlin", "canned.use")).isEqualTo("all");
    assertThat(browser.textOf("chat-user-assignments")).contains("Extra grants", "canned.use: all");
  }

  @Test
  @Order(20)
  void theLicenseFormCarriesTheLimitsTheServerServes() {
    JsonNode limits = realm.get("/limits");
    browser.openSection("licenses");
    browser.click("chat-add-license");
    browser.byTestId("chat-license-modal");
    browser.waitUntil(
        ExpectedConditions.attributeToBeNotEmpty(
            browser.byTestId("chat-license-key"), "maxlength"));

    assertThat(browser.byTestId("chat-license-key").getAttribute("maxlength"))
        .isEqualTo(limits.get("keyChars").asText());
    assertThat(browser.byTestId("chat-license-name").getAttribute("maxlength"))
        .isEqualTo(limits.get("nameChars").asText());
    assertThat(browser.byTestId("chat-license-seats").getAttribute("max"))
        .isEqualTo(limits.get("seats").asText());
    assertThat(limits.get("builtInChannels")).isNotEmpty();
    limits
        .get("builtInChannels")
        .forEach(
            channel ->
                assertThat(browser.present("chat-license-channel-" + channel.asText()))
                    .as("a checkbox for the served channel %s", channel.asText())
                    .isTrue());

    browser.click("chat-license-cancel");
    browser.waitForModalClosed("chat-license-modal");
  }
}
