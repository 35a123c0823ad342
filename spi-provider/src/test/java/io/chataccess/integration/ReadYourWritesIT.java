package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * Read-your-writes (docs/changes.md): an admin write answers with the revision it produced, the
 * feed has that revision, and {@code /check}, {@code /me}, AuthZEN and the token endpoint asked for
 * "at least that revision" answer from it or later; a revision the realm has not reached is a 503
 * (the token is issued anyway, at the revision the server has).
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Read your writes: revisions on writes, at-least-revision reads")
class ReadYourWritesIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REVISION = "Chat-Access-Revision";
  private static final String MIN = "Chat-Access-Min-Revision";

  private final KeycloakHttp http;
  private TestRealm realm;
  private String pep;
  private String handle;

  ReadYourWritesIT(KeycloakHttp http) {
    this.http = http;
  }

  @BeforeAll
  void create() {
    realm = TestRealm.create(http, "ryw");
    pep = realm.serviceAccountToken("router", true);
    realm.inbox("web-1", "web", realm.location("emea"));
    handle = realm.role("handle", Map.of("chat.handle", "all"), false);
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("chat permissions");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("chat-access-permissions-mapper");
    mapper.setConfig(Map.of("claim.name", "chat", "access.token.claim", "true"));
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId("desk");
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setProtocolMappers(List.of(mapper));
    realm.admin().clients().create(client).close();
  }

  @AfterAll
  void close() {
    if (realm != null) {
      realm.close();
    }
  }

  @Test
  @DisplayName("a write's revision is the feed's entry, and reads at it see the write")
  void write_then_read_at_its_revision() throws Exception {
    JsonResponse write =
        realm.post(
            "/assignments",
            Map.of(
                "subject", Map.of("type", "user", "id", realm.userId("alice")),
                "roleId", handle,
                "scope", TestRealm.scopeAll()));
    assertThat(write.status()).as("%s", write).isEqualTo(201);
    long revision = Long.parseLong(write.header(REVISION).orElseThrow());
    JsonResponse feed =
        http.call("GET", "/realms/" + realm.name() + "/chat-access/changes?since=" + (revision - 1))
            .bearer(pep)
            .send();
    assertThat(feed.json().get("changes").get(0).get("revision").asLong()).isEqualTo(revision);

    JsonResponse check = check(Long.toString(revision));
    assertThat(check.status()).as("%s", check).isEqualTo(200);
    assertThat(check.json().get("allowed").asBoolean()).isTrue();
    assertThat(Long.parseLong(check.header(REVISION).orElseThrow()))
        .isGreaterThanOrEqualTo(revision);

    JsonResponse me =
        http.call("GET", "/realms/" + realm.name() + "/chat-access/me")
            .bearer(realm.token("alice"))
            .header(MIN, Long.toString(revision))
            .send();
    assertThat(me.status()).as("%s", me).isEqualTo(200);
    assertThat(Long.parseLong(me.header(REVISION).orElseThrow())).isGreaterThanOrEqualTo(revision);
    assertThat(me.json().get("rev").asLong()).isGreaterThanOrEqualTo(revision);

    JsonResponse decision = evaluation(Long.toString(revision));
    assertThat(decision.status()).as("%s", decision).isEqualTo(200);
    assertThat(decision.json().get("decision").asBoolean()).isTrue();
    assertThat(Long.parseLong(decision.header(REVISION).orElseThrow()))
        .isGreaterThanOrEqualTo(revision);

    assertThat(tokenClaim(Long.toString(revision)).get("rev").asLong())
        .isGreaterThanOrEqualTo(revision);
  }

  @Test
  @DisplayName("a revision not reached: 503 for /check and AuthZEN, a token at the revision it has")
  void revision_not_reached() throws Exception {
    long current = Long.parseLong(check("0").header(REVISION).orElseThrow());
    String ahead = Long.toString(current + 1_000);
    JsonResponse check = check(ahead);
    assertThat(check.status()).as("%s", check).isEqualTo(503);
    assertThat(check.body()).contains(ahead);
    JsonResponse decision = evaluation(ahead);
    assertThat(decision.status()).isEqualTo(503);
    assertThat(decision.json().get("status").asInt()).isEqualTo(503);
    assertThat(tokenClaim(ahead).get("rev").asLong()).isLessThan(current + 1_000);
  }

  @Test
  @DisplayName("a malformed minimum is a 400 naming the header")
  void malformed_minimum() {
    JsonResponse check = check("soon");
    assertThat(check.status()).isEqualTo(400);
    assertThat(check.body()).contains(MIN);
    assertThat(evaluation("-3").status()).isEqualTo(400);
  }

  private JsonResponse check(String minimum) {
    return http.call("POST", "/realms/" + realm.name() + "/chat-access/check")
        .bearer(pep)
        .header(MIN, minimum)
        .json(
            Map.of(
                "userId", realm.userId("alice"),
                "permission", "chat.handle",
                "inbox", "web-1"))
        .send();
  }

  private JsonResponse evaluation(String minimum) {
    return http.call(
            "POST", "/realms/" + realm.name() + "/chat-access/authzen/access/v1/evaluation")
        .bearer(pep)
        .header(MIN, minimum)
        .json(
            Map.of(
                "subject", Map.of("type", "user", "id", "alice"),
                "action", Map.of("name", "chat.handle"),
                "resource", Map.of("type", "inbox", "id", "web-1")))
        .send();
  }

  private JsonNode tokenClaim(String minimum) throws Exception {
    JsonResponse response =
        http.call("POST", "/realms/" + realm.name() + "/protocol/openid-connect/token")
            .form(
                Map.of(
                    "grant_type", "password",
                    "client_id", "desk",
                    "username", "alice",
                    "password", "alice",
                    "chat_access_min_revision", minimum))
            .send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    String payload = response.json().get("access_token").asText().split("\\.")[1];
    return JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("chat");
  }
}
