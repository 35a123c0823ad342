package io.chataccess.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the test server is started, read from system properties that the build (failsafe) sets.
 *
 * <ul>
 *   <li>{@code keycloak.home}: the unpacked distribution (required)
 *   <li>{@code keycloak.providers}: provider jars to copy into {@code providers/}, separated by the
 *       path separator
 *   <li>{@code keycloak.http.port} / {@code keycloak.management.port}: default 8180 / 9180
 *   <li>{@code keycloak.db}: {@code dev-file} (default, Keycloak's embedded H2) or {@code postgres}
 *       with {@code keycloak.db.url}, {@code keycloak.db.username}, {@code keycloak.db.password}
 *   <li>{@code keycloak.args}: extra server arguments, separated by spaces
 *   <li>{@code keycloak.import.dir}: a folder of realm JSON files for {@code --import-realm}
 * </ul>
 */
record ServerSettings(
    Path home,
    List<Path> providers,
    int httpPort,
    int managementPort,
    String database,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    List<String> extraArguments,
    Path importDirectory) {

  static final String ADMIN_USER = "admin";
  static final String ADMIN_PASSWORD = "admin";

  static ServerSettings fromSystemProperties() {
    String home = required("keycloak.home");
    List<Path> providers = new ArrayList<>();
    for (String jar :
        System.getProperty("keycloak.providers", "").split(java.io.File.pathSeparator)) {
      if (!jar.isBlank()) {
        providers.add(Path.of(jar.trim()));
      }
    }
    String importDir = System.getProperty("keycloak.import.dir", "");
    return new ServerSettings(
        Path.of(home),
        providers,
        Integer.getInteger("keycloak.http.port", 8180),
        Integer.getInteger("keycloak.management.port", 9180),
        blankToDefault(System.getProperty("keycloak.db"), "dev-file"),
        System.getProperty("keycloak.db.url", ""),
        System.getProperty("keycloak.db.username", ""),
        System.getProperty("keycloak.db.password", ""),
        Arrays.stream(System.getProperty("keycloak.args", "").split(" "))
            .filter(a -> !a.isBlank())
            .toList(),
        importDir.isBlank() ? null : Path.of(importDir));
  }

  List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/kc.sh").toString());
    command.add("start-dev");
    command.add("--http-port=" + httpPort);
    command.add("--http-management-port=" + managementPort);
    command.add("--health-enabled=true");
    if (!"dev-file".equals(database)) {
      command.add("--db=" + database);
      if (!databaseUrl.isBlank()) {
        command.add("--db-url=" + databaseUrl);
      }
      if (!databaseUser.isBlank()) {
        command.add("--db-username=" + databaseUser);
      }
      if (!databasePassword.isBlank()) {
        command.add("--db-password=" + databasePassword);
      }
    }
    if (importDirectory != null) {
      command.add("--import-realm");
    }
    command.addAll(extraArguments);
    return command;
  }

  String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  String readinessUrl() {
    return "http://localhost:" + managementPort + "/health/ready";
  }

  void validate() {
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "keycloak.home=" + home + " holds no Keycloak distribution (bin/kc.sh missing)");
    }
    for (Path jar : providers) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("provider jar " + jar + " does not exist: build it first");
      }
    }
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + name + " is not set: run the integration tests with mvn verify");
    }
    return value;
  }

  private static String blankToDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
