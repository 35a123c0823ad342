package io.chataccess.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} with {@code chromedriver}, both given explicitly so
 * that Selenium never downloads a driver) driving the admin console. Elements are found by their
 * {@code data-testid}, as in Keycloak's own console tests.
 */
final class Browser implements AutoCloseable {

  /** Debian's paths; {@code -Dbrowser.chromium} and {@code -Dbrowser.chromedriver} override. */
  static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final String baseUrl;
  private final Path screenshots;
  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private String loginRealm;

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    this.screenshots = Path.of(System.getProperty("browser.screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(screenshots);
      this.profile = Files.createTempDirectory("chat-access-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=1440,1000",
        "--user-data-dir=" + profile);
    // the page's console messages, for failure reports
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    this.service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1440, 1000));
    this.wait = new WebDriverWait(driver, WAIT);
  }

  WebDriver driver() {
    return driver;
  }

  /** Signs in to the admin console of {@code realm} (its own console, /admin/{realm}/console). */
  void login(String realm, String username, String password) {
    this.loginRealm = realm;
    driver.get(baseUrl + "/admin/" + realm + "/console/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    // the console is up when our section has joined its sidebar
    byId("chat-access-nav");
  }

  /** Opens a page of the Chat access section through its sidebar link, as an admin would. */
  void openSection(String page) {
    click("nav-item-chat-access-" + page);
    waitForPage(page);
  }

  /** Opens a console URL below the realm (hash route), e.g. {@code chat-access/roles/new}. */
  void openRoute(String route) {
    driver.get(baseUrl + "/admin/" + loginRealm + "/console/#/" + loginRealm + "/" + route);
  }

  void waitForPage(String page) {
    String testId =
        switch (page) {
          case "inboxes" -> "chat-inboxes-page";
          case "licenses" -> "chat-licenses-page";
          case "roles" -> "chat-roles-page";
          case "assignments" -> "chat-assignments-page";
          case "users" -> "chat-users-page";
          default -> throw new IllegalArgumentException(page);
        };
    byTestId(testId);
  }

  static By testId(String id) {
    return By.cssSelector("[data-testid='" + id + "']");
  }

  WebElement byTestId(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(testId(id)));
  }

  WebElement byId(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  boolean present(String testId) {
    return !driver.findElements(testId(testId)).isEmpty();
  }

  void click(String testId) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(testId(testId)));
    scrollIntoView(element);
    element.click();
  }

  /** Clicks a pager's "next" or "previous" button (PatternFly marks them with data-action). */
  void pageOf(String pagerTestId, String direction) {
    WebElement button =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    "[data-testid='"
                        + pagerTestId
                        + "'] button[data-action='"
                        + direction
                        + "']")));
    scrollIntoView(button);
    button.click();
  }

  void type(String testId, String text) {
    WebElement input = byTestId(testId);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  void select(String testId, String visibleText) {
    WebElement element = byTestId(testId);
    wait.until(
        d -> {
          try {
            return element.findElements(By.tagName("option")).stream()
                .anyMatch(o -> o.getText().equals(visibleText));
          } catch (StaleElementReferenceException e) {
            return false;
          }
        });
    new Select(element).selectByVisibleText(visibleText);
  }

  /** Clicks a radio or checkbox by its element id (PatternFly puts data-testid on the input). */
  void check(String testId) {
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(testId(testId)));
    scrollIntoView(input);
    if (!input.isSelected()) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", input);
    }
  }

  boolean isEnabled(String testId) {
    WebElement element = byTestIdPresent(testId);
    return element.isEnabled() && !"true".equals(element.getAttribute("aria-disabled"));
  }

  WebElement byTestIdPresent(String testId) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(testId(testId)));
  }

  void waitUntil(ExpectedCondition<?> condition) {
    wait.until(condition);
  }

  void waitForText(String testId, String text) {
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(testId(testId), text));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no '" + text + "' in " + testId + ": " + textOf(testId) + "\n" + pageState(), e);
    }
  }

  String textOf(String testId) {
    List<WebElement> found = driver.findElements(testId(testId));
    return found.isEmpty() ? "<absent>" : found.get(0).getText();
  }

  /** Waits for an alert (the console's toast) containing {@code text}; returns all alert texts. */
  String awaitAlert(String text) {
    By alerts = By.cssSelector(".pf-v5-c-alert-group.pf-m-toast .pf-v5-c-alert");
    try {
      wait.until(
          d ->
              d.findElements(alerts).stream().anyMatch(a -> safeText(a).contains(text))
                  ? Boolean.TRUE
                  : null);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no alert with '" + text + "', alerts: " + alertTexts() + "\n" + pageState(), e);
    }
    return alertTexts();
  }

  String alertTexts() {
    return driver
        .findElements(By.cssSelector(".pf-v5-c-alert-group.pf-m-toast .pf-v5-c-alert"))
        .stream()
        .map(Browser::safeText)
        .collect(Collectors.joining(" | "));
  }

  /** Closes the toasts, so that screenshots and later alerts start clean. */
  void dismissAlerts() {
    for (WebElement close :
        driver.findElements(
            By.cssSelector(".pf-v5-c-alert-group.pf-m-toast .pf-v5-c-alert__action button"))) {
      try {
        close.click();
      } catch (RuntimeException gone) {
        // closed by its timeout meanwhile
      }
    }
    wait.until(
        d ->
            d.findElements(By.cssSelector(".pf-v5-c-alert-group.pf-m-toast .pf-v5-c-alert"))
                .isEmpty());
  }

  void waitForModalClosed(String testId) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(testId(testId)));
  }

  /** Saves a PNG of the window to {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    Path file = screenshots.resolve(name + ".png");
    try {
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The whole page height in the screenshot (long pages), then back to the normal window. */
  Path fullScreenshot(String name) {
    Object height =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const m = document.querySelector('main');"
                    + " return Math.max(document.body.scrollHeight, m ? m.scrollHeight + 120 : 0);");
    int h = Math.min(3000, Math.max(1000, ((Number) height).intValue()));
    driver.manage().window().setSize(new Dimension(1440, h));
    try {
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(new Dimension(1440, 1000));
    }
  }

  String pageState() {
    return "url="
        + driver.getCurrentUrl()
        + "\nbody="
        + abbreviate(safeText(driver.findElement(By.tagName("body"))))
        + "\nbrowser log:\n"
        + browserLog();
  }

  /** What the page wrote to its console since the last call. */
  String browserLog() {
    try {
      return driver.manage().logs().get("browser").getAll().stream()
          .map(entry -> entry.getLevel() + " " + entry.getMessage())
          .collect(Collectors.joining("\n"));
    } catch (RuntimeException unsupported) {
      return "(not available: " + unsupported.getMessage() + ")";
    }
  }

  private void scrollIntoView(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private static String safeText(WebElement element) {
    try {
      return element.getText();
    } catch (StaleElementReferenceException e) {
      return "";
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 3000 ? text.substring(0, 3000) + "..." : text;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> paths = Files.walk(profile)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}
