package io.chataccess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Boots Keycloak with the quick-start realm imported, as README's start command does. */
@ExtendWith(KeycloakServerExtension.class)
@DisplayName("The quick-start realm chat-demo")
class QuickstartRealmIT {

  private static final String API = "/admin/realms/chat-demo/chat-access";

  private final KeycloakHttp http;

  QuickstartRealmIT(KeycloakHttp http) {
    this.http = http;
  }

  @ParameterizedTest(name = "{0} can sign in with the documented password")
  @CsvSource({"alice,alice", "sam,sam", "vic,vic", "chat-admin,chat-admin"})
  void every_demo_login_works(String username, String password) {
    String token = http.passwordToken("chat-demo", "chat-app", username, password);

    assertThat(token).isNotBlank();
  }

  @Test
  @DisplayName("its realm admin reaches the chat access API and finds the default roles")
  void the_realm_admin_uses_the_chat_access_api() {
    String token = http.passwordToken("chat-demo", "admin-cli", "chat-admin", "chat-admin");

    JsonResponse roles = http.get(API + "/roles", token);

    assertThat(roles.status()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    roles.json().forEach(role -> keys.add(role.get("key").asText()));
    assertThat(keys).contains("administrator", "supervisor", "agent", "transcript-viewer");
  }

  @Test
  @DisplayName("an agent assigned through the chat-agent realm role sees the inbox of its location")
  void an_agent_gets_permissions_through_the_realm_role() {
    String token = http.passwordToken("chat-demo", "admin-cli", "chat-admin", "chat-admin");
    String location =
        create(token, "/inboxes", Map.of("key", "qs-emea", "name", "EMEA", "type", "location"));
    create(
        token,
        "/inboxes",
        Map.of(
            "key",
            "qs-web-emea",
            "name",
            "Web EMEA",
            "type",
            "inbox",
            "parentId",
            location,
            "channel",
            "web"));
    String agentRole = roleId(token, "transcript-viewer");
    String realmRole =
        http.adminClient().realm("chat-demo").roles().get("chat-agent").toRepresentation().getId();
    create(
        token,
        "/assignments",
        Map.of(
            "subject", Map.of("type", "realm-role", "id", realmRole),
            "roleId", agentRole,
            "scope", Map.of("type", "node", "nodeId", location)));
    String alice =
        http.adminClient().realm("chat-demo").users().search("alice", true).get(0).getId();

    JsonNode effective = http.get(API + "/users/" + alice + "/effective", token).json();

    assertThat(effective.get("inboxes")).hasSize(1);
    assertThat(effective.get("inboxes").get(0).get("key").asText()).isEqualTo("qs-web-emea");
    assertThat(effective.get("inboxes").get(0).get("grants").get("transcript.view").asText())
        .isEqualTo("all");
  }

  private String create(String token, String path, Object body) {
    JsonResponse response = http.post(API + path, token, body);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().get("id").asText();
  }

  private String roleId(String token, String key) {
    for (JsonNode role : http.get(API + "/roles", token).json()) {
      if (role.get("key").asText().equals(key)) {
        return role.get("id").asText();
      }
    }
    throw new AssertionError("no role " + key);
  }
}
