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
 * times more inboxes and assignments. With a warm cache the count per token must not grow.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Token issuance runs no query per inbox, role or assignment")
class TokenSqlStatementsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TOKENS = 5;

  /** Keycloak's own background work may add a statement or two during a measurement. */
  private static final long NOISE = 3;

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
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId("desk");
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setProtocolMappers(List.of(mapper));
    realm.admin().clients().create(client).close();
    return realm;
  }

  @Test
  void statements_per_token_do_not_grow_with_inboxes_and_assignments() throws Exception {
    JsonNode smallClaim = claim(token(small));
    JsonNode bigClaim = claim(token(big));
    assertThat(smallClaim.get("inboxes").size()).isEqualTo(2);
    assertThat(bigClaim.get("inboxes").size()).isEqualTo(200);

    long smallStatements = statementsFor(small);
    long bigStatements = statementsFor(big);

    assertThat(smallStatements).isPositive();
    assertThat(bigStatements)
        .as(
            "statements for %d tokens: small realm %d, big realm %d",
            TOKENS, smallStatements, bigStatements)
        .isLessThanOrEqualTo(smallStatements + NOISE);
  }

  private long statementsFor(TestRealm realm) {
    long before = prepared();
    for (int i = 0; i < TOKENS; i++) {
      token(realm);
    }
    return prepared() - before;
  }

  private long prepared() {
    JsonResponse response = http.get("/realms/master/chat-access-probe/statements", null);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().get("prepared").asLong();
  }

  private String token(TestRealm realm) {
    return http.passwordToken(realm.name(), "desk", "alice", "alice");
  }

  private static JsonNode claim(String jwt) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])).get("chat");
  }
}
