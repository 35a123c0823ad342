package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * Given an EMEA location with a web and a WhatsApp inbox, an agent with a web-only license and the
 * agent role on EMEA: what the chat claim of its tokens says.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The chat token claim")
class TokenClaimIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private KeycloakHttp http;
  private TestRealm realm;
  private String emea;
  private String webEmea;
  private String webApac;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "claims");
    emea = realm.location("emea");
    webEmea = realm.inbox("web-emea", "web", emea);
    realm.inbox("wa-emea", "whatsapp", emea);
    webApac = realm.inbox("web-apac", "web", null);
    realm.hold(realm.license("web-seat", null, List.of("web", "in_app")), "alice");
    realm.assign(
        "user",
        realm.userId("alice"),
        realm.role("desk-agent", Map.of("chat.handle", "all"), true),
        TestRealm.scopeNode(emea));
    client("agent-desktop", Map.of());
    client("wa-connector", Map.of("chat.channels", "whatsapp"));
    client("tiny-claims", Map.of("chat.inbox.limit", "1"));
    client("small-claims", Map.of("chat.claim.max.bytes", "256"));
    client("agent-widget", Map.of("chat.permissions", "chat.handle,canned.use"));
    client("emea-desk", Map.of("chat.nodes", "emea"));
    client("introspector", Map.of());
    String id = realm.admin().clients().findByClientId("introspector").get(0).getId();
    ClientRepresentation introspector = realm.admin().clients().get(id).toRepresentation();
    introspector.setPublicClient(false);
    introspector.setSecret("introspector-secret");
    realm.admin().clients().get(id).update(introspector);
    ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
    audience.setName("audience");
    audience.setProtocol("openid-connect");
    audience.setProtocolMapper("oidc-audience-mapper");
    audience.setConfig(
        Map.of(
            "included.client.audience", "introspector",
            "access.token.claim", "true",
            "introspection.token.claim", "true"));
    realm.admin().clients().get(id).getProtocolMappers().createMapper(audience).close();
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  private void client(String clientId, Map<String, String> extraConfig) {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("chat permissions");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("chat-access-permissions-mapper");
    Map<String, String> config = new HashMap<>(extraConfig);
    config.put("claim.name", "chat");
    config.put("access.token.claim", "true");
    config.put("id.token.claim", "true");
    config.put("userinfo.token.claim", "true");
    config.put("introspection.token.claim", "true");
    mapper.setConfig(config);
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setProtocolMappers(List.of(mapper));
    realm.admin().clients().create(client).close();
  }

  private JsonNode tokens(String clientId, String username) {
    return tokens(clientId, username, "openid");
  }

  private JsonNode tokens(String clientId, String username, String scope) {
    JsonResponse response =
        http.call("POST", "/realms/" + realm.name() + "/protocol/openid-connect/token")
            .form(
                Map.of(
                    "grant_type", "password",
                    "client_id", clientId,
                    "username", username,
                    "password", username,
                    "scope", scope))
            .send();
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode claim(String jwt) throws Exception {
    String payload = jwt.split("\\.")[1];
    return JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("chat");
  }

  private static String level(JsonNode chat, String permission, String inboxKey) {
    String level = chat.get("all").path(permission).asText("none");
    JsonNode index = chat.get("inboxes").get(inboxKey);
    if (index != null) {
      String own = chat.get("sets").get(index.asInt()).path(permission).asText("none");
      if (List.of("none", "own", "department", "all").indexOf(own)
          > List.of("none", "own", "department", "all").indexOf(level)) {
        level = own;
      }
    }
    return level;
  }

  @Test
  void the_access_token_carries_the_licensed_inboxes_of_the_agents_location() throws Exception {
    JsonNode chat = claim(tokens("agent-desktop", "alice").get("access_token").asText());

    assertThat(chat.get("v").asInt()).isEqualTo(2);
    assertThat(chat.get("rev").asText()).matches("\\d+");
    assertThat(chat.get("licenses").get(0).asText()).isEqualTo("web-seat");
    assertThat(chat.get("complete").asBoolean()).isTrue();
    assertThat(level(chat, "chat.handle", "web-emea")).isEqualTo("all");
    assertThat(level(chat, "chat.handle", "wa-emea")).isEqualTo("none");
    assertThat(level(chat, "chat.handle", "web-apac")).isEqualTo("none");
  }

  @Test
  @DisplayName("license holdings, suspension and the department root reach the very next token")
  void changes_to_what_the_realm_snapshot_caches_reach_the_next_token() throws Exception {
    String holly = realm.newUser("holly");
    realm.joinGroup("holly", "/support/emea");
    String seat = realm.license("holly-seat", null, List.of("web"));
    realm.hold(seat, "holly");
    realm.assign("user", holly, realm.roleIdByKey("desk-agent"), TestRealm.scopeNode(emea));
    JsonNode before = claim(tokens("agent-desktop", "holly").get("access_token").asText());
    assertThat(before.get("licenses").toString()).contains("holly-seat");
    assertThat(before.path("departments").size()).isZero();
    assertThat(level(before, "chat.handle", "web-emea")).isEqualTo("all");

    realm.put("/settings", Map.of("departmentRootGroup", "/support", "licensesRequired", true));
    JsonNode withDepartments = claim(tokens("agent-desktop", "holly").get("access_token").asText());
    realm.put("/users/" + holly + "/suspension", Map.of("suspended", true));
    JsonNode suspended = claim(tokens("agent-desktop", "holly").get("access_token").asText());
    realm.put("/users/" + holly + "/suspension", Map.of("suspended", false));
    realm.delete("/licenses/" + seat + "/holders/" + holly);
    JsonNode unlicensed = claim(tokens("agent-desktop", "holly").get("access_token").asText());

    assertThat(withDepartments.get("departments").toString()).isEqualTo("[\"emea\"]");
    assertThat(level(suspended, "chat.handle", "web-emea")).isEqualTo("none");
    assertThat(unlicensed.get("licenses").toString()).doesNotContain("holly-seat");
    assertThat(level(unlicensed, "chat.handle", "web-emea")).isEqualTo("none");
  }

  @Test
  void the_id_token_and_userinfo_carry_the_same_claim() throws Exception {
    JsonNode tokens = tokens("agent-desktop", "alice");
    JsonNode fromAccess = claim(tokens.get("access_token").asText());

    JsonNode fromId = claim(tokens.get("id_token").asText());
    JsonResponse userinfo =
        http.get(
            "/realms/" + realm.name() + "/protocol/openid-connect/userinfo",
            tokens.get("access_token").asText());

    assertThat(fromId).isEqualTo(fromAccess);
    assertThat(userinfo.status()).isEqualTo(200);
    assertThat(userinfo.json().get("chat")).isEqualTo(fromAccess);
  }

  @Test
  void a_refreshed_token_carries_a_change_made_since_login() throws Exception {
    JsonNode tokens = tokens("agent-desktop", "erin");
    assertThat(level(claim(tokens.get("access_token").asText()), "statistics.view", "web-apac"))
        .isEqualTo("none");
    realm.assign(
        "user",
        realm.userId("erin"),
        realm.role("stats", Map.of("statistics.view", "all"), false),
        TestRealm.scopeAll());

    JsonResponse refreshed =
        http.call("POST", "/realms/" + realm.name() + "/protocol/openid-connect/token")
            .form(
                Map.of(
                    "grant_type",
                    "refresh_token",
                    "client_id",
                    "agent-desktop",
                    "refresh_token",
                    tokens.get("refresh_token").asText()))
            .send();

    assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
    assertThat(
            level(
                claim(refreshed.json().get("access_token").asText()),
                "statistics.view",
                "web-apac"))
        .isEqualTo("all");
  }

  @Test
  void introspection_returns_the_claim() throws Exception {
    JsonResponse issued =
        http.call("POST", "/realms/" + realm.name() + "/protocol/openid-connect/token")
            .form(
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "introspector",
                    "client_secret",
                    "introspector-secret",
                    "username",
                    "alice",
                    "password",
                    "alice"))
            .send();
    assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
    String accessToken = issued.json().get("access_token").asText();

    JsonResponse introspected =
        http.call("POST", "/realms/" + realm.name() + "/protocol/openid-connect/token/introspect")
            .form(
                Map.of(
                    "client_id",
                    "introspector",
                    "client_secret",
                    "introspector-secret",
                    "token",
                    accessToken))
            .send();

    assertThat(introspected.status()).as(introspected.toString()).isEqualTo(200);
    assertThat(introspected.json().get("active").asBoolean()).isTrue();
    assertThat(level(introspected.json().get("chat"), "chat.handle", "web-emea")).isEqualTo("all");
  }

  @Test
  void every_new_realm_has_the_chat_client_scopes() {
    List<String> names = new java.util.ArrayList<>();
    realm.admin().clientScopes().findAll().forEach(scope -> names.add(scope.getName()));

    assertThat(names).contains("chat", "chat-node");
  }

  @Test
  void a_client_with_the_chat_scope_as_default_gets_the_whole_claim() throws Exception {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId("scope-desk");
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setDefaultClientScopes(List.of("profile", "chat"));
    realm.admin().clients().create(client).close();

    JsonNode chat = claim(tokens("scope-desk", "alice").get("access_token").asText());

    assertThat(level(chat, "chat.handle", "web-emea")).isEqualTo("all");
  }

  @Test
  @DisplayName("scope chat-node:<node-key> narrows the claim to that part of the tree")
  void a_parameterized_scope_narrows_the_claim_to_one_node() throws Exception {
    String frank = realm.newUser("frank");
    realm.assign(
        "user",
        frank,
        realm.role("everywhere-viewer", Map.of("transcript.view", "own"), false),
        TestRealm.scopeInboxes(
            realm.get("/inboxes?type=inbox").json().findValuesAsText("id").toArray(String[]::new)));
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId("location-desk");
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setDefaultClientScopes(List.of("profile"));
    client.setOptionalClientScopes(List.of("chat-node"));
    realm.admin().clients().create(client).close();

    JsonNode emeaOnly = claim(tokenWithScope("location-desk", "frank", "openid chat-node:emea"));
    JsonNode apacOnly =
        claim(tokenWithScope("location-desk", "frank", "openid chat-node:web-apac"));

    assertThat(emeaOnly.get("inboxes").has("web-emea")).isTrue();
    assertThat(emeaOnly.get("inboxes").has("wa-emea")).isTrue();
    assertThat(emeaOnly.get("inboxes").has("web-apac")).isFalse();
    assertThat(apacOnly.get("inboxes").size()).isEqualTo(1);
    assertThat(apacOnly.get("inboxes").has("web-apac")).isTrue();
  }

  private String tokenWithScope(String clientId, String username, String scope) {
    return tokens(clientId, username, scope).get("access_token").asText();
  }

  @Test
  void an_admin_change_is_in_the_very_next_token() throws Exception {
    String bob = realm.userId("bob");
    assertThat(
            level(
                claim(tokens("agent-desktop", "bob").get("access_token").asText()),
                "transcript.view",
                "web-apac"))
        .isEqualTo("none");

    realm.assign("user", bob, realm.roleIdByKey("transcript-viewer"), TestRealm.scopeAll());

    JsonNode chat = claim(tokens("agent-desktop", "bob").get("access_token").asText());
    assertThat(level(chat, "transcript.view", "web-apac")).isEqualTo("all");
    assertThat(chat.get("all").get("transcript.view").asText()).isEqualTo("all");
  }

  @Test
  void a_mapper_limited_to_whatsapp_lists_only_whatsapp_inboxes() throws Exception {
    realm.assign(
        "user",
        realm.userId("carol"),
        realm.role("all-channels", Map.of("transcript.view", "own"), false),
        TestRealm.scopeNode(emea));

    JsonNode chat = claim(tokens("wa-connector", "carol").get("access_token").asText());

    assertThat(chat.get("inboxes").has("wa-emea")).isTrue();
    assertThat(chat.get("inboxes").has("web-emea")).isFalse();
  }

  @Test
  void past_the_inbox_limit_the_claim_is_incomplete() throws Exception {
    realm.assign(
        "user",
        realm.userId("dave"),
        realm.role("two-inboxes", Map.of("transcript.view", "own"), false),
        TestRealm.scopeNode(emea));

    String token = tokens("tiny-claims", "dave").get("access_token").asText();
    JsonNode chat = claim(token);
    JsonResponse me = http.get("/realms/" + realm.name() + "/chat-access/me", token);

    assertThat(chat.get("complete").asBoolean()).isFalse();
    assertThat(chat.get("inboxes").size()).isEqualTo(1);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("complete").asBoolean()).isTrue();
    assertThat(names(me.json().get("inboxes"))).containsExactlyInAnyOrder("web-emea", "wa-emea");
  }

  @Test
  void past_the_byte_limit_the_claim_is_incomplete_and_stays_within_it() throws Exception {
    realm.assign(
        "user",
        realm.userId("frank"),
        realm.role(
            "broad-agent",
            Map.of(
                "chat.handle", "all",
                "conversation.view", "department",
                "conversation.join", "own",
                "transcript.view", "own",
                "canned.use", "all"),
            false),
        TestRealm.scopeNode(emea));
    realm.assign(
        "user",
        realm.userId("frank"),
        realm.role(
            "web-reviewer",
            Map.of("conversation.rate", "all", "statistics.view", "department"),
            false),
        TestRealm.scopeInboxes(webEmea));

    String small = tokens("small-claims", "frank").get("access_token").asText();
    JsonNode chat = claim(small);
    JsonNode whole = claim(tokens("agent-desktop", "frank").get("access_token").asText());
    JsonResponse me = http.get("/realms/" + realm.name() + "/chat-access/me", small);

    assertThat(JSON.writeValueAsString(whole).getBytes(StandardCharsets.UTF_8).length)
        .as("the same claim without the byte limit")
        .isGreaterThan(256);
    assertThat(JSON.writeValueAsString(chat).getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(256);
    assertThat(chat.get("complete").asBoolean()).isFalse();
    assertThat(chat.get("inboxes").size()).isLessThan(whole.get("inboxes").size());
    assertThat(whole.get("complete").asBoolean()).isTrue();
    assertThat(me.json().get("complete").asBoolean()).isTrue();
    assertThat(names(me.json().get("inboxes"))).containsExactlyInAnyOrder("web-emea", "wa-emea");
  }

  @Test
  void a_mapper_limited_to_permissions_carries_only_those_and_merges_the_sets() throws Exception {
    realm.assign(
        "user",
        realm.userId("grace"),
        realm.role(
            "grace-agent",
            Map.of("chat.handle", "own", "canned.use", "all", "presence.use", "all"),
            false),
        TestRealm.scopeNode(emea));
    realm.assign(
        "user",
        realm.userId("grace"),
        realm.role("grace-reporter", Map.of("statistics.view", "all"), false),
        TestRealm.scopeInboxes(webEmea));

    JsonNode whole = claim(tokens("agent-desktop", "grace").get("access_token").asText());
    JsonNode widget = claim(tokens("agent-widget", "grace").get("access_token").asText());

    assertThat(whole.get("sets").size()).isGreaterThan(1);
    assertThat(widget.get("sets").size()).isEqualTo(1);
    assertThat(names(widget.get("sets").get(0))).containsOnly("chat.handle", "canned.use");
    assertThat(names(widget.get("inboxes"))).containsExactlyInAnyOrder("web-emea", "wa-emea");
    assertThat(widget.get("sets").get(0).get("chat.handle").asText())
        .isEqualTo(
            whole
                .get("sets")
                .get(whole.get("inboxes").get("wa-emea").asInt())
                .get("chat.handle")
                .asText());
  }

  @Test
  void a_mapper_limited_to_a_node_lists_only_the_inboxes_below_it() throws Exception {
    realm.assign(
        "user",
        realm.userId("erin"),
        realm.role("two-web-inboxes", Map.of("conversation.view", "own"), false),
        TestRealm.scopeInboxes(webEmea, webApac));

    JsonNode everything = claim(tokens("agent-desktop", "erin").get("access_token").asText());
    JsonNode emeaOnly = claim(tokens("emea-desk", "erin").get("access_token").asText());

    assertThat(names(everything.get("inboxes"))).containsExactlyInAnyOrder("web-emea", "web-apac");
    assertThat(names(emeaOnly.get("inboxes"))).containsExactly("web-emea");
  }

  @Test
  void real_claims_and_the_me_document_follow_the_published_schema() throws Exception {
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(Path.of("../docs/chat-claim.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    String token = tokens("agent-desktop", "alice").get("access_token").asText();
    JsonNode me =
        http.get("/realms/" + realm.name() + "/chat-access/me?explain=true", token).json();

    assertThat(claim(token).get("inboxes").size()).isPositive();
    assertThat(schema.validate(claim(token))).isEmpty();
    assertThat(me.has("explanation")).isTrue();
    assertThat(schema.validate(me)).isEmpty();
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
