package io.chataccess.console;

import io.chataccess.testing.Prerequisite;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class (a JUnit assumption, before the Keycloak server is started) when
 * Debian's Chromium or its driver is not installed: {@code mvn verify} must pass on a machine with
 * only Java, Maven and Node. Under {@code CI=true} the class fails instead ({@link Prerequisite}).
 * Register it before {@code KeycloakServerExtension}.
 */
final class BrowserRequired implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    Prerequisite.require(
        Browser.available(),
        "Browser tests need Chromium: "
            + Browser.CHROMIUM
            + " and "
            + Browser.CHROMEDRIVER
            + " are needed (Debian: apt-get install -y chromium chromium-driver)");
  }
}
