package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/** A chat app's client with the chat permissions mapper, and the claim of its real tokens. */
final class ChatTokens {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeycloakHttp http;
  private final TestRealm realm;
  private final String clientId;

  private ChatTokens(KeycloakHttp http, TestRealm realm, String clientId) {
    this.http = http;
    this.realm = realm;
    this.clientId = clientId;
  }

  /** Creates a public client with direct grants and the mapper (claim {@code chat}). */
  static ChatTokens client(KeycloakHttp http, TestRealm realm, String clientId) {
    return client(
        http, realm, clientId, Map.of("claim.name", "chat", "access.token.claim", "true"));
  }

  /** Creates a public client with direct grants and the mapper configured as given. */
  static ChatTokens client(
      KeycloakHttp http, TestRealm realm, String clientId, Map<String, String> mapperConfig) {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("chat permissions");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("chat-access-permissions-mapper");
    mapper.setConfig(new java.util.HashMap<>(mapperConfig));
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setProtocolMappers(List.of(mapper));
    realm.admin().clients().create(client).close();
    return new ChatTokens(http, realm, clientId);
  }

  /** The {@code chat} claim of an access token issued to {@code username} (password = username). */
  JsonNode claim(String username) {
    JsonResponse response =
        http.call("POST", "/realms/" + realm.name() + "/protocol/openid-connect/token")
            .form(
                Map.of(
                    "grant_type", "password",
                    "client_id", clientId,
                    "username", username,
                    "password", username))
            .send();
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    String payload = response.json().get("access_token").asText().split("\\.")[1];
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("chat");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The level the claim gives {@code permission} in the inbox: max(all, the inbox's set). */
  static String level(JsonNode chat, String permission, String inboxKey) {
    List<String> order = List.of("none", "own", "department", "all");
    String level = chat.get("all").path(permission).asText("none");
    JsonNode index = chat.get("inboxes").get(inboxKey);
    if (index != null) {
      String here = chat.get("sets").get(index.asInt()).path(permission).asText("none");
      level = order.indexOf(here) > order.indexOf(level) ? here : level;
    }
    return level;
  }
}
