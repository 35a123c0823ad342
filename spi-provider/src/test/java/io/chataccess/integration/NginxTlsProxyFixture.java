package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.Prerequisite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's nginx with a throwaway TLS certificate in front of the test Keycloak (started with
 * {@code --proxy-headers=xforwarded}), running the nginx block of the "Discovery" section of
 * docs/authzen.md, so that the documented rule is the tested one. One per test class: start it in
 * {@code @BeforeAll}, close it in {@code @AfterAll}. Without nginx the class is skipped, or fails
 * under {@code CI=true}.
 */
final class NginxTlsProxyFixture implements AutoCloseable {

  private static final Path DOC = Path.of("..", "docs", "authzen.md");

  private final NginxProxy nginx;
  private final PdpConnection connection;

  private NginxTlsProxyFixture(NginxProxy nginx, SelfSignedTls tls) {
    this.nginx = nginx;
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(tls.clientContext())
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.connection =
        PdpConnection.through(
            "through nginx with TLS", nginx.baseUrl(), client, nginx::log, nginx::close);
  }

  /** Starts nginx in {@code dir} (configuration, certificate, logs) in front of {@code http}. */
  static NginxTlsProxyFixture start(KeycloakHttp http, Path dir) throws Exception {
    Prerequisite.require(
        NginxProxy.installed(),
        NginxProxy.BINARY
            + " is missing: the proxy tests need Debian's nginx (apt-get install -y nginx;"
            + " .ci/run installs it)");
    SelfSignedTls tls = SelfSignedTls.generate(dir);
    NginxProxy nginx = NginxProxy.start(dir, tls, URI.create(http.baseUrl()), documentedRules());
    return new NginxTlsProxyFixture(nginx, tls);
  }

  /** The nginx block of the "Discovery" section of docs/authzen.md. */
  static String documentedRules() throws IOException {
    String doc = Files.readString(DOC);
    int section = doc.indexOf("\n## Discovery\n");
    assertThat(section).as("docs/authzen.md has a Discovery section").isNotNegative();
    Matcher block = Pattern.compile("```nginx\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(block.find(section)).as("an nginx block in Discovery").isTrue();
    return block.group(1);
  }

  /**
   * Requests through the proxy at its public {@code https://localhost:<port>}; closing stops it.
   */
  PdpConnection connection() {
    return connection;
  }

  String baseUrl() {
    return nginx.baseUrl();
  }

  int port() {
    return nginx.port();
  }

  /** What nginx wrote to its console and error log, for failure messages. */
  String log() {
    return nginx.log();
  }

  @Override
  public void close() {
    nginx.close();
  }
}
