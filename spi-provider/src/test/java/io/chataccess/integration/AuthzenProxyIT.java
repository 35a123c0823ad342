package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a reverse proxy adds to AuthZEN discovery, through Debian's nginx with TLS running the
 * rules of docs/authzen.md ({@link NginxTlsProxyFixture}): the metadata at its RFC 8615 location,
 * the plain URLs unchanged without the proxy, and tokens bound to the URL they were issued at. The
 * certification levels themselves run through the same proxy in {@link
 * AuthzenEvaluationThroughProxyIT} and {@link AuthzenSearchThroughProxyIT}.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("AuthZEN discovery through an nginx TLS proxy: what the proxy adds")
class AuthzenProxyIT {

  private static final String REALM = AuthzenCertificationCases.REALM;
  private static final String ALICE_READS =
      """
      {"subject": {"type": "user", "id": "alice"}, "action": {"name": "read"},
       "resource": {"type": "record", "id": "record-1"}}
      """;

  @TempDir static Path nginxDir;

  private KeycloakHttp http;
  private NginxTlsProxyFixture proxy;
  private AuthzenExample example;

  @BeforeAll
  void startTheProxy(KeycloakHttp http) throws Exception {
    this.http = http;
    proxy = NginxTlsProxyFixture.start(http, nginxDir);
    example = AuthzenExample.load(http, REALM, "authzen-pep", "authzen-pep-secret");
  }

  @AfterAll
  void stopTheProxy() {
    try {
      if (example != null) {
        example.close();
      }
    } finally {
      if (proxy != null) {
        proxy.close();
      }
    }
  }

  private String pdp() {
    return proxy.baseUrl() + "/realms/" + REALM + "/chat-access/authzen";
  }

  private JsonNode metadata(String url) {
    JsonResponse answer = proxy.connection().get(URI.create(url).getRawPath());
    assertThat(answer.status()).as("%s: %s\n%s", url, answer, proxy.log()).isEqualTo(200);
    assertThat(answer.header("Content-Type").orElse("")).startsWith("application/json");
    return answer.json();
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
    JsonNode json = metadata(url);
    String pdp = json.get("policy_decision_point").asText();
    assertThat(pdp)
        .isEqualTo(
            "https://localhost:" + proxy.port() + "/realms/" + REALM + "/chat-access/authzen");
    assertThat(wellKnown(pdp)).as("the URL the identifier gives").isEqualTo(url);
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      if (field.endsWith("_endpoint")) {
        assertThat(json.get(field).asText()).as(field).startsWith(pdp + "/").startsWith("https://");
      }
    }
    assertThat(fields).containsAll(AuthzenSearchCases.ENDPOINTS.keySet());
  }

  @Test
  @DisplayName("the RFC 8615 location serves the same document as the realm's own paths")
  void the_rfc_8615_location_agrees_with_the_realm_paths() {
    JsonNode expected = metadata(wellKnown(pdp()));
    for (String path :
        List.of(
            "/realms/" + REALM + "/.well-known/authzen-configuration",
            "/realms/" + REALM + "/chat-access/authzen/.well-known/authzen-configuration")) {
      assertThat(metadata(proxy.baseUrl() + path)).as(path).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("without the proxy the same server still advertises its plain base URL")
  void direct_requests_are_unchanged() {
    JsonResponse direct = http.get("/realms/" + REALM + "/.well-known/authzen-configuration", null);
    assertThat(direct.status()).as("%s", direct).isEqualTo(200);
    assertThat(direct.json().get("policy_decision_point").asText())
        .isEqualTo(http.baseUrl() + "/realms/" + REALM + "/chat-access/authzen");
  }

  @Test
  @DisplayName("a token issued at the plain URL is refused at the public one (as docs say)")
  void tokens_are_bound_to_the_public_issuer() {
    JsonResponse refused =
        proxy
            .connection()
            .call("POST", URI.create(pdp()).getRawPath() + "/access/v1/evaluation")
            .bearer(example.pepToken())
            .json(ALICE_READS)
            .send();
    assertThat(refused.status()).as("%s\n%s", refused, proxy.log()).isEqualTo(401);
    JsonResponse direct = example.ask("evaluation", ALICE_READS);
    assertThat(direct.status()).as("the same token at the plain URL: %s", direct).isEqualTo(200);
  }
}
