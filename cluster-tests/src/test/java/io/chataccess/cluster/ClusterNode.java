package io.chataccess.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One Keycloak node of the test cluster: a built (optimized) home, its ports, its process. */
final class ClusterNode {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final String name;
  private final Path home;
  private final int httpPort;
  private final int managementPort;
  private final int bindPort;
  private final ClusterDatabase database;
  private final List<String> extraArguments;
  private final HttpClient health =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;

  ClusterNode(
      String name,
      Path home,
      int httpPort,
      int managementPort,
      int bindPort,
      ClusterDatabase database,
      List<String> extraArguments) {
    this.name = name;
    this.home = home;
    this.httpPort = httpPort;
    this.managementPort = managementPort;
    this.bindPort = bindPort;
    this.database = database;
    this.extraArguments = List.copyOf(extraArguments);
  }

  /**
   * A lone node named {@code name}, its home built afresh under {@code cluster.dir}, its ports from
   * the system properties {@code <name>.http.port}, {@code <name>.management.port} and {@code
   * <name>.bind.port}; not started yet.
   */
  static ClusterNode single(String name, ClusterDatabase database, List<String> extraArguments) {
    Path home = Path.of(System.getProperty("cluster.dir")).resolve(name).resolve("node");
    List<Path> providers = new ArrayList<>();
    for (String jar : System.getProperty("keycloak.providers").split(File.pathSeparator)) {
      providers.add(Path.of(jar));
    }
    ClusterHomes.buildOne(Path.of(System.getProperty("keycloak.home")), providers, home);
    return new ClusterNode(
        name,
        home,
        Integer.getInteger(name + ".http.port"),
        Integer.getInteger(name + ".management.port"),
        Integer.getInteger(name + ".bind.port"),
        database,
        extraArguments);
  }

  String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  Path logFile() {
    return home.resolve("node-" + name + ".log");
  }

  void start() {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/kc.sh").toString());
    command.add("start");
    command.add("--optimized");
    command.add("--http-enabled=true");
    command.add("--hostname-strict=false");
    command.add("--http-port=" + httpPort);
    command.add("--http-management-port=" + managementPort);
    command.add("--db-url=" + database.url());
    command.add("--db-username=" + database.username());
    command.add("--db-password=" + database.password());
    command.add("--cache-embedded-network-bind-address=127.0.0.1");
    command.add("--cache-embedded-network-bind-port=" + bindPort);
    command.addAll(extraArguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitReady();
  }

  void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /**
   * Crashes the node: sends SIGKILL (what {@code kill -9} sends) to the server's Java process, the
   * child that {@code kc.sh} starts, so nothing of Keycloak's shutdown runs; then waits for {@code
   * kc.sh} to exit and answers its exit status (137 = 128 + SIGKILL when the kill hit the server).
   * {@link #start()} starts the node again on the same home and database.
   */
  int kill() {
    ProcessHandle java =
        process
            .descendants()
            .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no Java process below kc.sh of " + name));
    java.destroyForcibly();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("kc.sh of " + name + " still runs after the kill");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    int status = process.exitValue();
    process = null;
    return status;
  }

  /** Whether this node's log shows a cluster view of {@code members} members. */
  boolean logShowsClusterOf(int members) {
    try {
      return Files.readString(logFile()).contains("(" + members + ") [");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether the node's readiness endpoint ({@code /health/ready}, which includes Keycloak's
   * database check) answers 200 now; false when it answers otherwise or not at all.
   */
  boolean reportsReady() {
    URI ready = URI.create("http://localhost:" + managementPort + "/health/ready");
    try {
      HttpResponse<Void> response =
          health.send(
              HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException notListening) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "node " + name + " exited with " + process.exitValue() + ", see " + logFile());
      }
      if (reportsReady()) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("node " + name + " not ready in time, see " + logFile());
  }
}
