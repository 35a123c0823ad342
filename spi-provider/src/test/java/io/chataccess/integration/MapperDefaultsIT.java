package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
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
 * A script creates the chat permissions mapper through Keycloak's admin API with an empty
 * configuration: it must behave as one created in the console, never as a silent empty claim.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("A mapper created with an empty configuration gets the console's defaults")
class MapperDefaultsIT {

  private TestRealm realm;
  private ChatTokens tokens;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    realm = TestRealm.create(http, "mapper-defaults");
    realm.put("/settings", Map.of("licensesRequired", false));
    realm.inbox("md-web", "web", null);
    realm.assign(
        "user",
        realm.userId("alice"),
        realm.role("md-agent", Map.of("chat.handle", "all"), false),
        TestRealm.scopeAll());
    tokens = ChatTokens.client(http, realm, "bare-mapper", Map.of());
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId("scripted");
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    realm.admin().clients().create(client).close();
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("chat permissions");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("chat-access-permissions-mapper");
    mapper.setConfig(new java.util.HashMap<>());
    String id = realm.admin().clients().findByClientId("scripted").get(0).getId();
    realm.admin().clients().get(id).getProtocolMappers().createMapper(mapper).close();
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  void a_mapper_added_through_the_admin_api_is_stored_with_the_defaults() {
    String id = realm.admin().clients().findByClientId("scripted").get(0).getId();
    ProtocolMapperRepresentation mapper =
        realm.admin().clients().get(id).getProtocolMappers().getMappers().stream()
            .filter(m -> "chat-access-permissions-mapper".equals(m.getProtocolMapper()))
            .findFirst()
            .orElseThrow();

    assertThat(mapper.getConfig())
        .containsEntry("claim.name", "chat")
        .containsEntry("access.token.claim", "true")
        .containsEntry("id.token.claim", "true")
        .containsEntry("chat.departments", "true");
  }

  @Test
  void a_mapper_stored_without_settings_still_issues_the_claim() {
    JsonNode chat = tokens.claim("alice");

    assertThat(chat).as("the chat claim").isNotNull();
    assertThat(chat.get("v").asInt()).isEqualTo(2);
    assertThat(chat.get("all").get("chat.handle").asText()).isEqualTo("all");
    assertThat(chat.get("complete").asBoolean()).isTrue();
  }
}
