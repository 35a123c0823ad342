package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login package through real login flows: Keycloak's login form posted like a browser does,
 * flows bound per client (src/test/resources/login/login-flows-realm.json), and a second realm on
 * the same server acting as the OpenID Connect identity provider.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Login flows")
class LoginFlowsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RESOURCES = Path.of("src/test/resources/login");
  private static final String REALM = "login-flows";
  private static final String HOME = "login-home";
  private static final String API = "/admin/realms/" + REALM + "/chat-access";

  private final KeycloakHttp http;
  private String admin;

  LoginFlowsIT(KeycloakHttp http) {
    this.http = http;
  }

  @BeforeAll
  void createRealms() throws IOException {
    admin = http.masterAdminToken();
    created(http.post("/admin/realms", admin, resource("login-home-realm.json")));
    created(http.post("/admin/realms", admin, resource("login-flows-realm.json")));
    JsonResponse imported =
        http.put(API + "/document", admin, resource("login-flows.chat-access.json"));
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    created(
        http.post(
            "/admin/realms/" + REALM + "/identity-provider/instances", admin, homeProvider()));
    created(
        http.post(
            "/admin/realms/" + REALM + "/identity-provider/instances/home/mappers",
            admin,
            Map.of(
                "name", "chat agents from home groups",
                "identityProviderAlias", "home",
                "identityProviderMapper", "chat-access-oidc-chat-role",
                "config",
                    Map.of(
                        "syncMode", "FORCE",
                        "chat-access.source", "groups",
                        "chat-access.value", "chat-agents",
                        "chat-access.role", "floor-agent"))));
    createSamlProvider();
    // SAML sends no e-mail or names: new brokered users are not asked to complete a profile
    JsonNode verifyProfile =
        http.get(
                "/admin/realms/" + REALM + "/authentication/required-actions/VERIFY_PROFILE", admin)
            .json();
    ((com.fasterxml.jackson.databind.node.ObjectNode) verifyProfile).put("enabled", false);
    assertThat(
            http.put(
                    "/admin/realms/" + REALM + "/authentication/required-actions/VERIFY_PROFILE",
                    admin,
                    verifyProfile)
                .status())
        .isEqualTo(204);
  }

  /** login-home as a SAML provider of login-flows too, sending the groups as memberOf. */
  private void createSamlProvider() {
    String spEntity = http.baseUrl() + "/realms/" + REALM;
    String acs = spEntity + "/broker/home-saml/endpoint";
    created(
        http.post(
            "/admin/realms/" + HOME + "/clients",
            admin,
            Map.of(
                "clientId",
                spEntity,
                "protocol",
                "saml",
                "enabled",
                true,
                "redirectUris",
                List.of(acs + "*"),
                "attributes",
                Map.of(
                    "saml.client.signature", "false",
                    "saml.encrypt", "false",
                    "saml_force_name_id_format", "true",
                    "saml_name_id_format", "username",
                    "saml_assertion_consumer_url_post", acs),
                "protocolMappers",
                List.of(
                    Map.of(
                        "name", "groups",
                        "protocol", "saml",
                        "protocolMapper", "saml-group-membership-mapper",
                        "config",
                            Map.of(
                                "attribute.name", "memberOf",
                                "full.path", "false",
                                "single", "false"))))));
    Map<String, String> config = new java.util.HashMap<>();
    config.put("singleSignOnServiceUrl", http.baseUrl() + "/realms/" + HOME + "/protocol/saml");
    config.put("nameIDPolicyFormat", "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");
    config.put("principalType", "SUBJECT");
    config.put("postBindingResponse", "true");
    config.put("postBindingAuthnRequest", "false");
    config.put("validateSignature", "false");
    config.put("wantAuthnRequestsSigned", "false");
    config.put("syncMode", "FORCE");
    created(
        http.post(
            "/admin/realms/" + REALM + "/identity-provider/instances",
            admin,
            Map.of(
                "alias", "home-saml",
                "providerId", "saml",
                "enabled", true,
                "firstBrokerLoginFlowAlias", "create brokered user",
                "config", config)));
    created(
        http.post(
            "/admin/realms/" + REALM + "/identity-provider/instances/home-saml/mappers",
            admin,
            Map.of(
                "name", "chat agents from memberOf",
                "identityProviderAlias", "home-saml",
                "identityProviderMapper", "chat-access-saml-chat-role",
                "config",
                    Map.of(
                        "syncMode", "FORCE",
                        "chat-access.source", "memberOf",
                        "chat-access.value", "chat-agents",
                        "chat-access.role", "floor-agent",
                        "chat-access.node", "web"))));
  }

  @AfterAll
  void removeRealms() {
    http.delete("/admin/realms/" + REALM, admin());
    http.delete("/admin/realms/" + HOME, admin());
  }

  private Map<String, Object> homeProvider() {
    String issuer = http.baseUrl() + "/realms/" + HOME;
    Map<String, String> config = new java.util.HashMap<>();
    config.put("clientId", "broker");
    config.put("clientSecret", "broker-secret");
    config.put("clientAuthMethod", "client_secret_post");
    config.put("issuer", issuer);
    config.put("authorizationUrl", issuer + "/protocol/openid-connect/auth");
    config.put("tokenUrl", issuer + "/protocol/openid-connect/token");
    config.put("userInfoUrl", issuer + "/protocol/openid-connect/userinfo");
    config.put("jwksUrl", issuer + "/protocol/openid-connect/certs");
    config.put("useJwksUrl", "true");
    config.put("validateSignature", "true");
    config.put("syncMode", "FORCE");
    config.put("defaultScope", "openid profile email");
    return Map.of(
        "alias",
        "home",
        "providerId",
        "keycloak-oidc",
        "enabled",
        true,
        "trustEmail",
        true,
        "config",
        config);
  }

  @Nested
  @DisplayName("Chat license required")
  class LicenseGate {

    @Test
    @DisplayName("a user without a license is stopped with the page text and a login error event")
    void an_unlicensed_user_is_denied() {
      FormLogin.Outcome outcome = login("chat-app", "unlicensed");

      assertThat(outcome.succeeded()).isFalse();
      assertThat(outcome.status()).isEqualTo(403);
      assertThat(outcome.page()).contains("You need a chat license to sign in to this application");
      assertThat(loginErrors("unlicensed")).contains("chat_license_required");
    }

    @Test
    @DisplayName("a user holding a license passes")
    void a_licensed_user_passes() {
      assertThat(login("chat-app", "licensed").succeeded()).isTrue();
    }

    @Test
    @DisplayName("the direct grant gets an OAuth2 error instead of a page")
    void the_direct_grant_gets_an_oauth2_error() {
      JsonResponse denied =
          http.call("POST", "/realms/" + REALM + "/protocol/openid-connect/token")
              .form(
                  Map.of(
                      "grant_type", "password",
                      "client_id", "chat-app",
                      "username", "unlicensed",
                      "password", "unlicensed"))
              .send();

      assertThat(denied.status()).isEqualTo(400);
      assertThat(denied.json().get("error").asText()).isEqualTo("invalid_grant");
      assertThat(http.passwordToken(REALM, "chat-app", "licensed", "licensed")).isNotBlank();
    }
  }

  @Nested
  @DisplayName("Chat-only users stay in chat apps")
  class ChatOnly {

    @Test
    @DisplayName("a user marked chat-only by attribute is denied on a client that is no chat app")
    void denied_on_a_non_chat_client() {
      FormLogin.Outcome outcome = login("crm", "chatonly");

      assertThat(outcome.succeeded()).isFalse();
      assertThat(outcome.page()).contains("Your account may sign in to chat applications only");
      assertThat(loginErrors("chatonly")).contains("chat_only_user");
    }

    @Test
    @DisplayName("a user marked chat-only by the configured role is denied there too")
    void denied_by_role() {
      assertThat(login("crm", "rolemarked").succeeded()).isFalse();
    }

    @Test
    @DisplayName("chat-only users are let in on a chat app, other users everywhere")
    void let_in_on_the_chat_client() {
      assertThat(login("chat-console", "chatonly").succeeded()).isTrue();
      assertThat(login("chat-console", "rolemarked").succeeded()).isTrue();
      assertThat(login("crm", "agent").succeeded()).isTrue();
    }
  }

  @Nested
  @DisplayName("Just-in-time license")
  class JustInTime {

    @Test
    @DisplayName("10 concurrent logins for 3 free seats: exactly 3 new holders, 7 see the page")
    void concurrent_logins_never_oversell() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(10);
      List<Future<FormLogin.Outcome>> logins = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        String username = "jit" + i;
        logins.add(pool.submit(() -> login("jit-app", username)));
      }
      int passed = 0;
      int refused = 0;
      for (Future<FormLogin.Outcome> login : logins) {
        FormLogin.Outcome outcome = login.get();
        if (outcome.succeeded()) {
          passed++;
        } else if (outcome.page().contains("No chat license is free at the moment")) {
          refused++;
        }
      }
      pool.shutdown();

      assertThat(passed).isEqualTo(3);
      assertThat(refused).isEqualTo(7);
      JsonNode pool3 = license("pool");
      assertThat(
              http.get(API + "/licenses/" + pool3.get("id").asText() + "/holders", admin()).json())
          .hasSize(3);
    }

    @Test
    @DisplayName("with continue, a full pool lets the user in unlicensed; a holder keeps the seat")
    void a_full_pool_with_continue_lets_the_user_in() {
      FormLogin.Outcome newcomer = login("jit-open", "jit11");
      FormLogin.Outcome holder = login("jit-open", "licensed");

      assertThat(newcomer.succeeded()).isTrue();
      assertThat(holder.succeeded()).isTrue();
      String overflow = license("overflow").get("id").asText();
      List<String> holders = new ArrayList<>();
      http.get(API + "/licenses/" + overflow + "/holders", admin())
          .json()
          .forEach(h -> holders.add(h.get("username").asText()));
      assertThat(holders).containsExactly("licensed");
    }
  }

  @Nested
  @DisplayName("Condition: user has chat permission")
  class Condition {

    @Test
    @DisplayName("a supervisor enters the conditional sub-flow (here: deny access), an agent not")
    void the_condition_switches_the_sub_flow() {
      FormLogin.Outcome supervisor = login("guarded", "sup");
      FormLogin.Outcome agent = login("guarded", "agent");

      assertThat(supervisor.succeeded()).isFalse();
      assertThat(agent.succeeded()).isTrue();
    }
  }

  @Nested
  @DisplayName("Chat role from an identity provider's claim")
  class IdentityProviderMapper {

    @Test
    @DisplayName("a group claim gives the role; losing the group removes it, a manual one stays")
    void the_group_claim_is_synced_and_manual_assignments_stay() {
      FormLogin.Outcome first =
          new FormLogin(http.baseUrl()).brokeredLogin(REALM, "plain", "home", "ida", "ida");
      assertThat(first.succeeded()).as("first brokered login: %s", first).isTrue();
      String ida = userId(REALM, "ida");
      assertThat(assignmentsOf(ida)).containsExactly("floor-agent idp:home");

      String supervisor = roleId("floor-supervisor");
      created(
          http.post(
              API + "/assignments",
              admin(),
              Map.of(
                  "subject", Map.of("type", "user", "id", ida),
                  "roleId", supervisor,
                  "scope", Map.of("type", "all"))));
      String homeIda = userId(HOME, "ida");
      String agentsGroup =
          http.get("/admin/realms/" + HOME + "/groups?search=chat-agents", admin())
              .json()
              .get(0)
              .get("id")
              .asText();
      assertThat(
              http.delete(
                      "/admin/realms/" + HOME + "/users/" + homeIda + "/groups/" + agentsGroup,
                      admin())
                  .status())
          .isEqualTo(204);

      FormLogin.Outcome second =
          new FormLogin(http.baseUrl()).brokeredLogin(REALM, "plain", "home", "ida", "ida");

      assertThat(second.succeeded()).as("second brokered login: %s", second).isTrue();
      assertThat(assignmentsOf(ida)).containsExactly("floor-supervisor manual");
    }
  }

  @Nested
  @DisplayName("Chat role from a SAML identity provider's attribute")
  class SamlIdentityProviderMapper {

    @Test
    @DisplayName("a memberOf value gives the role on its node; losing it removes the role")
    void the_attribute_is_synced() {
      FormLogin.Outcome first =
          new FormLogin(http.baseUrl()).brokeredLogin(REALM, "plain", "home-saml", "sia", "sia");
      assertThat(first.succeeded()).as("first SAML login: %s", first).isTrue();
      String sia = userId(REALM, "sia");
      assertThat(assignmentsOf(sia)).containsExactly("floor-agent idp:home-saml");
      JsonNode assignment =
          http.get(API + "/assignments?subjectType=user&subjectId=" + sia, admin()).json().get(0);
      assertThat(assignment.get("scope").get("type").asText()).isEqualTo("node");

      String homeSia = userId(HOME, "sia");
      String agentsGroup =
          http.get("/admin/realms/" + HOME + "/groups?search=chat-agents", admin())
              .json()
              .get(0)
              .get("id")
              .asText();
      http.delete(
          "/admin/realms/" + HOME + "/users/" + homeSia + "/groups/" + agentsGroup, admin());

      FormLogin.Outcome second =
          new FormLogin(http.baseUrl()).brokeredLogin(REALM, "plain", "home-saml", "sia", "sia");

      assertThat(second.succeeded()).as("second SAML login: %s", second).isTrue();
      assertThat(assignmentsOf(sia)).isEmpty();
    }
  }

  private FormLogin.Outcome login(String clientId, String username) {
    return new FormLogin(http.baseUrl()).login(REALM, clientId, username, username);
  }

  private String admin() {
    return http.masterAdminToken();
  }

  private List<String> loginErrors(String username) {
    List<String> errors = new ArrayList<>();
    http.get("/admin/realms/" + REALM + "/events?type=LOGIN_ERROR&max=200", admin())
        .json()
        .forEach(
            event -> {
              JsonNode details = event.path("details");
              if (username.equals(details.path("username").asText())
                  || userIdOrNull(username).equals(event.path("userId").asText())) {
                errors.add(event.path("error").asText());
              }
            });
    return errors;
  }

  private String userIdOrNull(String username) {
    return userId(REALM, username);
  }

  private String userId(String realm, String username) {
    return http.get("/admin/realms/" + realm + "/users?exact=true&username=" + username, admin())
        .json()
        .get(0)
        .get("id")
        .asText();
  }

  private JsonNode license(String key) {
    for (JsonNode license : http.get(API + "/licenses", admin()).json()) {
      if (license.get("key").asText().equals(key)) {
        return license;
      }
    }
    throw new AssertionError("no license " + key);
  }

  private String roleId(String key) {
    for (JsonNode role : http.get(API + "/roles", admin()).json()) {
      if (role.get("key").asText().equals(key)) {
        return role.get("id").asText();
      }
    }
    throw new AssertionError("no chat role " + key);
  }

  private List<String> assignmentsOf(String userId) {
    List<String> found = new ArrayList<>();
    Map<String, String> roleKeys = new java.util.HashMap<>();
    http.get(API + "/roles", admin())
        .json()
        .forEach(r -> roleKeys.put(r.get("id").asText(), r.get("key").asText()));
    http.get(API + "/assignments?subjectType=user&subjectId=" + userId, admin())
        .json()
        .forEach(
            a ->
                found.add(roleKeys.get(a.get("roleId").asText()) + " " + a.get("source").asText()));
    return found;
  }

  private static JsonNode resource(String name) throws IOException {
    return JSON.readTree(Files.readString(RESOURCES.resolve(name)));
  }

  private static void created(JsonResponse response) {
    assertThat(response.status()).as("%s", response).isEqualTo(201);
  }
}
