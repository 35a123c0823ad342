package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * Counts the SQL statements the server prepares (Hibernate statistics, through the test-only probe
 * provider) while issuing tokens with the chat mapper, in a small realm and in one with a hundred
 * times more inboxes and assignments. With a warm cache the count per token must not grow, and a
 * refresh grant with the mapper must run no chat-access query at all: everything it reads of the
 * realm (policy, license holdings, suspensions, department root) comes from the cached snapshot.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Token issuance runs no query per inbox, role or assignment")
class TokenSqlStatementsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TOKENS = 5;
  private static final int REFRESHES = 30;

  private KeycloakHttp http;
  private TestRealm small;
  private TestRealm big;

  @BeforeAll
  void createRealms(KeycloakHttp http) {
    this.http = http;
    small = realmWith(2, 2);
    big = realmWith(200, 200);
  }

  @AfterAll
  void removeRealms() {
    small.close();
    big.close();
  }

  private TestRealm realmWith(int inboxes, int assignments) {
    TestRealm realm = TestRealm.create(http, "sql-" + inboxes);
    String location = realm.location("loc");
    List<String> inboxIds = new ArrayList<>();
    for (int i = 0; i < inboxes; i++) {
      inboxIds.add(realm.inbox("inbox-" + i, i % 2 == 0 ? "web" : "whatsapp", location));
    }
    String role = realm.role("viewer", Map.of("transcript.view", "own"), false);
    realm.assign("user", realm.userId("alice"), role, TestRealm.scopeNode(location));
    for (int i = 1; i < assignments; i++) {
      GroupRepresentation group = new GroupRepresentation();
      group.setName("team-" + i);
      realm.admin().groups().add(group).close();
      realm.assign(
          "group",
          realm.groupId("/team-" + i),
          role,
          TestRealm.scopeInboxes(inboxIds.get(i % inboxes)));
    }
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("chat");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("chat-access-permissions-mapper");
    Map<String, String> config = new HashMap<>();
    config.put("claim.name", "chat");
    config.put("access.token.claim", "true");
    config.put("chat.inbox.limit", "1000");
    mapper.setConfig(config);
    realm.admin().clients().create(publicClient("desk", List.of(mapper))).close();
    return realm;
  }

  private static ClientRepresentation publicClient(
      String clientId, List<ProtocolMapperRepresentation> mappers) {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setProtocolMappers(mappers);
    return client;
  }

  @Test
  void statements_per_token_do_not_grow_with_inboxes_and_assignments() throws Exception {
    JsonNode smallClaim = claim(token(small));
    JsonNode bigClaim = claim(token(big));
    assertThat(smallClaim.get("inboxes").size()).isEqualTo(2);
    assertThat(bigClaim.get("inboxes").size()).isEqualTo(200);

    Statements smallStatements = statementsFor(small);
    Statements bigStatements = statementsFor(big);

    assertThat(smallStatements.all()).isPositive();
    // Our reads are compared: on a server that has run hundreds of tests, Keycloak's own caches
    // evict entries of the bigger realm and reloading them adds statements that are not ours
    // (seen on PostgreSQL in the full suite: 30 against 66 statements; 30 and 30 alone).
    assertThat(bigStatements.chat())
        .as(
            "chat-access reads for %d tokens: small realm %s, big realm %s",
            TOKENS, smallStatements, bigStatements)
        .isLessThanOrEqualTo(smallStatements.chat());
  }

  /** Statements prepared while tokens were issued: all of them, and chat-access reads. */
  private record Statements(long all, long chat) {}

  @Test
  @DisplayName("a refresh grant runs no chat query, also for a user a new-only save kept back")
  void a_refresh_grant_with_the_chat_mapper_runs_no_chat_query() {
    big.hold(big.license("agent-seat", 5, List.of("web", "whatsapp")), "alice");
    String viewer = big.roleIdByKey("viewer");
    big.saveRole(viewer, "viewer", Map.of("transcript.view", "all"), "new-only");
    long beforeReload = probe().get("chat").asLong();
    JsonNode withMapper = passwordGrant(big, "desk");
    long reloadReads = probe().get("chat").asLong() - beforeReload;
    assertThat(claim(withMapper).get("licenses").toString()).contains("agent-seat");
    assertThat(ChatTokens.level(claim(withMapper), "transcript.view", "inbox-0"))
        .as("alice held the role at the new-only save and keeps version 1")
        .isEqualTo("own");
    assertThat(reloadReads)
        .as("the probe sees our reads: the first token after a change reloads the snapshot")
        .isPositive();

    long chatReads = refreshChatReads(big, "desk", withMapper);

    // Only our own reads are counted: on a server that has run hundreds of tests, Keycloak's realm
    // cache evicts groups and roles, and reloading them adds statements that are not ours.
    assertThat(chatReads)
        .as("chat-access queries and entity loads for %d refresh grants", REFRESHES)
        .isZero();
  }

  /** Warms the session up with one refresh, then counts our reads during the next ones. */
  private long refreshChatReads(TestRealm realm, String clientId, JsonNode tokens) {
    String refreshToken = refresh(realm, clientId, tokens.get("refresh_token").asText());
    long before = probe().get("chat").asLong();
    for (int i = 0; i < REFRESHES; i++) {
      refreshToken = refresh(realm, clientId, refreshToken);
    }
    return probe().get("chat").asLong() - before;
  }

  private String refresh(TestRealm realm, String clientId, String refreshToken) {
    JsonResponse response =
        tokenRequest(
            realm,
            Map.of(
                "grant_type", "refresh_token",
                "client_id", clientId,
                "refresh_token", refreshToken));
    return response.json().get("refresh_token").asText();
  }

  private JsonNode passwordGrant(TestRealm realm, String clientId) {
    return tokenRequest(
            realm,
            Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", "alice",
                "password", "alice"))
        .json();
  }

  private JsonResponse tokenRequest(TestRealm realm, Map<String, String> form) {
    JsonResponse response =
        http.call("POST", "/realms/" + realm.name() + "/protocol/openid-connect/token")
            .form(form)
            .send();
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response;
  }

  private Statements statementsFor(TestRealm realm) {
    long before = prepared();
    long chatBefore = probe().get("chat").asLong();
    for (int i = 0; i < TOKENS; i++) {
      token(realm);
    }
    Statements statements =
        new Statements(prepared() - before, probe().get("chat").asLong() - chatBefore);
    System.out.printf("Token statements %s: %s for %d tokens%n", realm.name(), statements, TOKENS);
    return statements;
  }

  private long prepared() {
    return probe().get("prepared").asLong();
  }

  private JsonNode probe() {
    JsonResponse response = http.get("/realms/master/chat-access-probe/statements", null);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private String token(TestRealm realm) {
    return http.passwordToken(realm.name(), "desk", "alice", "alice");
  }

  private static JsonNode claim(String jwt) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])).get("chat");
  }

  private static JsonNode claim(JsonNode tokens) {
    try {
      return claim(tokens.get("access_token").asText());
    } catch (Exception e) {
      throw new AssertionError("unreadable access token", e);
    }
  }
}
