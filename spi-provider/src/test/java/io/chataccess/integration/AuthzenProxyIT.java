package io.chataccess.integration;

import static io.chataccess.integration.AuthzenExample.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import io.chataccess.testing.Prerequisite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AuthZEN certification fixture through Debian's nginx with TLS in front of Keycloak (started
 * with {@code --proxy-headers=xforwarded}): the metadata at its RFC 8615 location names the public
 * HTTPS PDP and endpoints, and the PEP's evaluation and search work at the advertised URLs. The
 * nginx rules are read from the "Discovery" section of docs/authzen.md, so the documented rule is
 * the tested one.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("AuthZEN discovery and certification through an nginx TLS proxy")
class AuthzenProxyIT {

  private static final String REALM = "authzen-certification";
  private static final Path DOC = Path.of("..", "docs", "authzen.md");
  private static final List<String> ENDPOINTS =
      List.of(
          "access_evaluation_endpoint",
          "access_evaluations_endpoint",
          "search_subject_endpoint",
          "search_resource_endpoint",
          "search_action_endpoint");

  @TempDir static Path dir;

  private KeycloakHttp http;
  private AuthzenExample fixture;
  private NginxProxy proxy;
  private HttpClient client;
  private String pepToken;

  @BeforeAll
  void startTheProxy(KeycloakHttp http) throws Exception {
    Prerequisite.require(
        NginxProxy.installed(),
        NginxProxy.BINARY
            + " is missing: the proxy tests need Debian's nginx (apt-get install -y nginx;"
            + " .ci/run installs it)");
    this.http = http;
    SelfSignedTls tls = SelfSignedTls.generate(dir);
    proxy = NginxProxy.start(dir, tls, URI.create(http.baseUrl()), documentedRules());
    client =
        HttpClient.newBuilder()
            .sslContext(tls.clientContext())
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    fixture = AuthzenExample.load(http, REALM, "authzen-pep", "authzen-pep-secret");
    // through the proxy: the token's issuer is then the public realm URL the PDP checks against
    JsonResponse token =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        proxy.baseUrl() + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "grant_type", "client_credentials",
                                "client_id", "authzen-pep",
                                "client_secret", "authzen-pep-secret")))));
    assertThat(token.status()).as("%s", token).isEqualTo(200);
    pepToken = token.json().get("access_token").asText();
  }

  @AfterAll
  void stopTheProxy() {
    if (fixture != null) {
      fixture.close();
    }
    if (proxy != null) {
      proxy.close();
    }
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

  private String pdp() {
    return proxy.baseUrl() + "/realms/" + REALM + "/chat-access/authzen";
  }

  private JsonResponse send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new JsonResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("through nginx:\n" + proxy.log(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonResponse get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  private JsonResponse ask(String url, String requestId, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + pepToken)
            .header("Content-Type", "application/json")
            .header("X-Request-ID", requestId)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private JsonNode metadata() {
    JsonResponse metadata = get(wellKnown(pdp()));
    assertThat(metadata.status()).as("%s\n%s", metadata, proxy.log()).isEqualTo(200);
    return metadata.json();
  }

  /** RFC 8615 / AuthZEN: the well-known string between the host and the path of the PDP id. */
  private static String wellKnown(String pdp) {
    URI id = URI.create(pdp);
    return id.getScheme()
        + "://"
        + id.getRawAuthority()
        + "/.well-known/authzen-configuration"
        + id.getRawPath();
  }

  @Test
  @DisplayName("C.6 at the RFC 8615 location: the public HTTPS PDP and endpoints below it")
  void metadata_at_the_rfc_8615_location() {
    String url =
        proxy.baseUrl()
            + "/.well-known/authzen-configuration/realms/"
            + REALM
            + "/chat-access/authzen";
    JsonResponse answer = get(url);
    assertThat(answer.status()).as("%s\n%s", answer, proxy.log()).isEqualTo(200);
    assertThat(answer.header("Content-Type").orElse("")).startsWith("application/json");
    JsonNode json = answer.json();
    String pdp = json.get("policy_decision_point").asText();
    assertThat(pdp)
        .isEqualTo(
            "https://localhost:" + proxy.port() + "/realms/" + REALM + "/chat-access/authzen");
    assertThat(wellKnown(pdp)).as("the URL the identifier gives").isEqualTo(url);
    assertThat(json.get("access_evaluation_endpoint").asText())
        .isEqualTo(pdp + "/access/v1/evaluation");
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      if (field.endsWith("_endpoint")) {
        assertThat(json.get(field).asText()).as(field).startsWith(pdp + "/").startsWith("https://");
      }
    }
    assertThat(fields).containsAll(ENDPOINTS);
  }

  @Test
  @DisplayName("the realm's own metadata paths give the same document through the proxy")
  void the_other_metadata_paths_agree() {
    JsonNode expected = metadata();
    for (String path :
        List.of(
            "/realms/" + REALM + "/.well-known/authzen-configuration",
            "/realms/" + REALM + "/chat-access/authzen/.well-known/authzen-configuration")) {
      JsonResponse answer = get(proxy.baseUrl() + path);
      assertThat(answer.status()).as("%s: %s", path, answer).isEqualTo(200);
      assertThat(answer.json()).as(path).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("without the proxy the same server still advertises its plain base URL")
  void direct_requests_are_unchanged() {
    JsonResponse direct = http.get("/realms/" + REALM + "/.well-known/authzen-configuration", null);
    assertThat(direct.json().get("policy_decision_point").asText())
        .isEqualTo(http.baseUrl() + "/realms/" + REALM + "/chat-access/authzen");
  }

  @Test
  @DisplayName("C.2 through the proxy: alice may read record-1, bob may not write it")
  void evaluation_at_the_advertised_endpoint() {
    String endpoint = metadata().get("access_evaluation_endpoint").asText();
    String question =
        """
        {"subject": {"type": "user", "id": "%s"}, "action": {"name": "%s"},
         "resource": {"type": "record", "id": "record-1"}}
        """;
    String id = UUID.randomUUID().toString();
    JsonResponse allowed = ask(endpoint, id, question.formatted("alice", "read"));
    assertThat(allowed.status()).as("%s", allowed).isEqualTo(200);
    assertThat(allowed.header("Content-Type").orElse("")).startsWith("application/json");
    assertThat(allowed.json()).isEqualTo(json("{\"decision\":true}"));
    assertThat(allowed.header("X-Request-ID")).contains(id);
    JsonResponse denied = ask(endpoint, "req-bob", question.formatted("bob", "write"));
    assertThat(denied.status()).as("%s", denied).isEqualTo(200);
    assertThat(denied.json()).isEqualTo(json("{\"decision\":false}"));
    assertThat(denied.header("X-Request-ID")).contains("req-bob");
  }

  @Test
  @DisplayName("a token issued at the plain URL is refused at the public one (as docs say)")
  void tokens_are_bound_to_the_public_issuer() {
    JsonResponse refused =
        send(
            HttpRequest.newBuilder(URI.create(pdp() + "/access/v1/evaluation"))
                .header("Authorization", "Bearer " + fixture.pepToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(refused.status()).as("%s", refused).isEqualTo(401);
  }

  @Test
  @DisplayName("C.4.2 through the proxy: alice and bob may read record-1")
  void subject_search_at_the_advertised_endpoint() {
    String endpoint = metadata().get("search_subject_endpoint").asText();
    JsonResponse answer =
        ask(
            endpoint,
            "req-search",
            "{\"subject\": {\"type\": \"user\"}, \"action\": {\"name\": \"read\"},"
                + " \"resource\": {\"type\": \"record\", \"id\": \"record-1\"}}");
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.header("X-Request-ID")).contains("req-search");
    List<String> ids = new ArrayList<>();
    answer.json().get("results").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrder(userId("alice"), userId("bob"));
  }

  private String userId(String username) {
    return http.get(
            "/admin/realms/" + REALM + "/users?exact=true&username=" + username,
            http.masterAdminToken())
        .json()
        .get(0)
        .get("id")
        .asText();
  }
}
