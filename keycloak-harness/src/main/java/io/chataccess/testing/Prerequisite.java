package io.chataccess.testing;

import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test suite needs from the machine (PostgreSQL, a second node, Chromium) and cannot provide
 * itself. On a developer's machine a missing prerequisite skips the suite with its reason (a JUnit
 * assumption), so that {@code mvn verify} passes with only Java, Maven and Node. Under continuous
 * integration (environment variable {@code CI=true}, which .ci/run exports) the same gap fails the
 * suite: CI must never report green for tests it did not run.
 */
public final class Prerequisite {

  /**
   * The environment variable that marks a CI run; the value {@code true} (any case) turns it on.
   */
  public static final String CI = "CI";

  private Prerequisite() {}

  /**
   * Returns when {@code met}; otherwise skips the calling test (or class, from a
   * {@code @BeforeAll}) with {@code why}, or fails it under {@code CI=true}.
   */
  public static void require(boolean met, String why) {
    require(met, why, System.getenv());
  }

  static void require(boolean met, String why, Map<String, String> environment) {
    if (met) {
      return;
    }
    if (isCi(environment)) {
      Assertions.fail("prerequisite missing under " + CI + "=true, where nothing may skip: " + why);
    }
    Assumptions.abort(why);
  }

  static boolean isCi(Map<String, String> environment) {
    return "true".equalsIgnoreCase(environment.getOrDefault(CI, "").trim());
  }
}
