package io.chataccess.integration;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as a TLS-terminating reverse proxy in front of the test Keycloak, run as a child
 * process on a free port of 127.0.0.1, with everything (configuration, logs, temp files, pid) in
 * one directory. The upstream is named {@code keycloak}, as in the documented rules, which go into
 * the {@code server} block unchanged.
 */
final class NginxProxy implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/nginx");

  private final Process process;
  private final Path dir;
  private final int port;

  private NginxProxy(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /**
   * Starts nginx with {@code serverRules} (directives of a {@code server} block: headers and
   * locations) behind a TLS listener with {@code tls}, upstream {@code keycloak} at {@code
   * upstream}; retries on another port if the one picked was taken meanwhile.
   */
  static NginxProxy start(Path dir, SelfSignedTls tls, URI upstream, String serverRules)
      throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      Path conf = dir.resolve("nginx.conf");
      Files.writeString(conf, config(dir, tls, upstream, port, serverRules));
      Process process =
          new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", conf.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("nginx.out").toFile())
              .start();
      NginxProxy proxy = new NginxProxy(process, dir, port);
      try {
        proxy.awaitListening(Duration.ofSeconds(20));
        return proxy;
      } catch (IOException e) {
        proxy.close();
        last = e;
      }
    }
    throw last;
  }

  private static String config(
      Path dir, SelfSignedTls tls, URI upstream, int port, String serverRules) {
    String host = "localhost".equals(upstream.getHost()) ? "127.0.0.1" : upstream.getHost();
    String d = dir.toString();
    StringBuilder temp = new StringBuilder();
    for (String kind : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
      temp.append("  ").append(kind).append("_temp_path ").append(d).append("/tmp-").append(kind);
      temp.append(";\n");
    }
    return """
        # one process in the foreground: the test owns it and stops it with SIGTERM
        daemon off;
        master_process off;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log info;
        events { worker_connections 64; }
        http {
          access_log %1$s/access.log;
        %2$s
          upstream keycloak { server %3$s:%4$d; }
          server {
            listen 127.0.0.1:%5$d ssl;
            server_name localhost;
            ssl_certificate %6$s;
            ssl_certificate_key %7$s;
        %8$s
          }
        }
        """
        .formatted(
            d,
            temp,
            host,
            upstream.getPort(),
            port,
            tls.certificate(),
            tls.privateKey(),
            serverRules.indent(4));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  private void awaitListening(Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("nginx exited with " + process.exitValue() + ":\n" + log());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IOException("nginx did not listen on 127.0.0.1:" + port + " in time:\n" + log());
  }

  /** What nginx wrote to its console and error log, for failure messages. */
  String log() {
    StringBuilder log = new StringBuilder();
    for (String name : List.of("nginx.out", "error.log")) {
      Path file = dir.resolve(name);
      try {
        if (Files.exists(file)) {
          log.append(Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        log.append("(").append(file).append(" unreadable: ").append(e).append(")\n");
      }
    }
    return log.toString();
  }

  int port() {
    return port;
  }

  /** The public base URL, as clients of the proxy see it. */
  String baseUrl() {
    return "https://localhost:" + port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
