package io.chataccess.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real Keycloak server (the unpacked distribution, our jars in {@code providers/}), started as
 * a child process. Its log goes to {@code keycloak.log} in the distribution folder.
 */
public final class KeycloakServer {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final ServerSettings settings;
  private Process process;

  KeycloakServer(ServerSettings settings) {
    this.settings = settings;
  }

  public String baseUrl() {
    return settings.baseUrl();
  }

  public String adminUser() {
    return ServerSettings.ADMIN_USER;
  }

  public String adminPassword() {
    return ServerSettings.ADMIN_PASSWORD;
  }

  public Path logFile() {
    return settings.home().resolve("keycloak.log");
  }

  void start() {
    settings.validate();
    requireFree(settings.httpPort());
    requireFree(settings.managementPort());
    try {
      installProviders();
      resetEmbeddedDatabase();
      ProcessBuilder builder =
          new ProcessBuilder(settings.command())
              .directory(settings.home().toFile())
              .redirectErrorStream(true)
              .redirectOutput(logFile().toFile());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ServerSettings.ADMIN_USER);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ServerSettings.ADMIN_PASSWORD);
      if (settings.importDirectory() != null) {
        installRealmImports();
      }
      process = builder.start();
      awaitReady();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    process = null;
  }

  /** Another server on our port would answer in place of ours: refuse to start instead. */
  private static void requireFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("localhost", port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "port "
              + port
              + " is in use: stop the other server, or choose ports with -Dkeycloak.http.port"
              + " and -Dkeycloak.management.port",
          e);
    }
  }

  private void installProviders() throws IOException {
    Path providers = settings.home().resolve("providers");
    Files.createDirectories(providers);
    for (Path jar : settings.providers()) {
      Files.copy(jar, providers.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void installRealmImports() throws IOException {
    Path target = settings.home().resolve("data/import");
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(settings.importDirectory())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Each test run starts on an empty embedded database, so runs do not depend on each other. */
  private void resetEmbeddedDatabase() throws IOException {
    Path h2 = settings.home().resolve("data/h2");
    if (!"dev-file".equals(settings.database()) || !Files.exists(h2)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(h2)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private void awaitReady() throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with " + process.exitValue() + " during start:\n" + logTail());
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(URI.create(settings.readinessUrl()))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // the server is still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
      sleep();
    }
    stop();
    throw new IllegalStateException(
        "Keycloak was not ready within " + START_TIMEOUT + ":\n" + logTail());
  }

  private String logTail() throws IOException {
    List<String> lines = Files.readAllLines(logFile());
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
