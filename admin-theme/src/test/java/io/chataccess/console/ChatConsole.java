package io.chataccess.console;

import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The "Chat access" pages as an admin uses them: each method is one task done through the UI
 * (buttons, forms, dialogs), waiting for the page to show the result.
 */
final class ChatConsole {

  private final Browser browser;

  ChatConsole(Browser browser) {
    this.browser = browser;
  }

  Browser browser() {
    return browser;
  }

  // --- inboxes

  void createLocation(String key, String name, String parentLabel) {
    browser.openSection("inboxes");
    browser.click("chat-add-location");
    fillNode(key, name, parentLabel, null);
    browser.awaitAlert(name + " was created.");
    browser.byTestId("chat-node-" + key);
  }

  void createInbox(String key, String name, String parentLabel, String channelLabel) {
    browser.openSection("inboxes");
    browser.click("chat-add-inbox");
    fillNode(key, name, parentLabel, channelLabel);
    browser.awaitAlert(name + " was created.");
    browser.byTestId("chat-node-" + key);
  }

  private void fillNode(String key, String name, String parentLabel, String channelLabel) {
    browser.byTestId("chat-node-modal");
    browser.type("chat-node-key", key);
    browser.type("chat-node-name", name);
    if (parentLabel != null) {
      browser.select("chat-node-parent", parentLabel);
    }
    if (channelLabel != null) {
      browser.select("chat-node-channel", channelLabel);
    }
    browser.click("chat-node-save");
    browser.waitForModalClosed("chat-node-modal");
  }

  void nodeAction(String key, String action) {
    browser.click("chat-node-actions-" + key);
    browser.click("chat-node-" + action);
  }

  // --- licenses

  void createLicense(String key, String name, Integer seats, String... channels) {
    browser.openSection("licenses");
    browser.click("chat-add-license");
    browser.byTestId("chat-license-modal");
    browser.type("chat-license-key", key);
    browser.type("chat-license-name", name);
    if (seats != null) {
      browser.type("chat-license-seats", String.valueOf(seats));
    }
    for (String channel : channels) {
      browser.check("chat-license-channel-" + channel);
    }
    browser.click("chat-license-save");
    browser.waitForModalClosed("chat-license-modal");
    browser.awaitAlert(name + " was created.");
    browser.byTestId("chat-license-" + key);
  }

  void openLicense(String key) {
    browser.openSection("licenses");
    browser.click("chat-license-link-" + key);
    browser.byTestId("chat-license-page");
  }

  /** On a license's page: searches the user and picks them. */
  void addHolder(String username) {
    browser.type("chat-holder-search-input", username);
    browser.click("chat-holder-search-search");
    browser.click("chat-holder-search-result-" + username);
  }

  // --- roles

  void createRole(String key, String name, String description, Map<String, String> grants) {
    browser.openSection("roles");
    browser.click("chat-create-role");
    browser.byTestId("chat-role-page");
    browser.type("chat-role-key", key);
    browser.type("chat-role-name", name);
    browser.type("chat-role-description", description);
    setGrants(grants);
    browser.click("chat-role-save");
    browser.awaitAlert(name + " was created.");
    browser.byTestId("chat-role-tab-versions");
  }

  void setGrants(Map<String, String> grants) {
    grants.forEach(
        (permission, level) -> browser.check("chat-role-matrix-" + permission + "-" + level));
  }

  void openRole(String key) {
    browser.openSection("roles");
    browser.click("chat-role-link-" + key);
    browser.byTestId("chat-role-tab-versions");
  }

  /** Saves the open role with a save mode: "apply" or "new-only". */
  void saveRole(String mode) {
    browser.click("chat-role-save");
    browser.byTestId("chat-save-mode-modal");
    browser.check("chat-save-mode-" + mode);
    browser.click("chat-save-mode-confirm");
    browser.waitForModalClosed("chat-save-mode-modal");
  }

  // --- assignments

  /** Assigns a role to a user on the Assignments page, scoped to a node and below. */
  void assignRoleToUser(String username, String roleLabel, String nodeLabel) {
    browser.openSection("assignments");
    browser.click("chat-add-assignment");
    browser.byTestId("chat-assignment-modal");
    browser.select("chat-subject-type", "User");
    browser.type("chat-subject-user-input", username);
    browser.click("chat-subject-user-search");
    browser.click("chat-subject-user-result-" + username);
    browser.byTestId("chat-subject-selected");
    browser.check("chat-what-role");
    browser.select("chat-assignment-role", roleLabel);
    if (nodeLabel == null) {
      browser.check("chat-scope-all");
    } else {
      browser.check("chat-scope-node");
      browser.select("chat-scope-node-select", nodeLabel);
    }
    browser.click("chat-assignment-save");
    browser.waitForModalClosed("chat-assignment-modal");
    browser.awaitAlert("The assignment was created.");
  }

  // --- user view

  void openUser(String username) {
    browser.openSection("users");
    browser.type("chat-users-search-input", username);
    browser.click("chat-users-search");
    browser.click("chat-user-link-" + username);
    browser.byTestId("chat-user-page");
  }

  WebElement cell(String inboxKey, String permission) {
    return browser.byTestId("chat-cell-" + inboxKey + "-" + permission);
  }

  String levelIn(String inboxKey, String permission) {
    return cell(inboxKey, permission)
        .findElement(By.cssSelector("[data-level]"))
        .getAttribute("data-level");
  }

  void explain(String inboxKey, String permission) {
    browser.click("chat-cell-" + inboxKey + "-" + permission);
    browser.byTestId("chat-explain-modal");
    browser.waitUntil(
        ExpectedConditions.or(
            ExpectedConditions.visibilityOfElementLocated(Browser.testId("chat-explain-table")),
            ExpectedConditions.visibilityOfElementLocated(Browser.testId("chat-explain-nothing"))));
  }

  void closeExplanation() {
    browser.click("chat-explain-close");
    browser.waitForModalClosed("chat-explain-modal");
  }
}
