package io.chataccess.console;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class (a JUnit assumption, before the Keycloak server is started) when
 * Debian's Chromium or its driver is not installed: {@code mvn verify} must pass on a machine with
 * only Java, Maven and Node. Register it before {@code KeycloakServerExtension}.
 */
final class BrowserRequired implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    Assumptions.assumeTrue(
        Browser.available(),
        "Browser tests skipped: "
            + Browser.CHROMIUM
            + " and "
            + Browser.CHROMEDRIVER
            + " are needed (Debian: apt-get install -y chromium chromium-driver)");
  }
}
