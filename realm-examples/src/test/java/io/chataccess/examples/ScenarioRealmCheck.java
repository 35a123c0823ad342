package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a scenario realm needs for its README's commands: the public client {@code chat-app}
 * with the password grant and the chat permissions mapper in every token, and the realm admin
 * {@code <realm>-admin}.
 */
final class ScenarioRealmCheck {

  static final String MAPPER = "chat-access-permissions-mapper";
  static final String CHAT_CLIENT = "chat-app";

  private ScenarioRealmCheck() {}

  /** Every problem of {@code realm}, with its JSON path; empty when there is none. */
  static List<String> problems(JsonNode realm) {
    List<String> problems = new ArrayList<>();
    String name = realm.path("realm").asText("");
    JsonNode client = null;
    for (JsonNode candidate : realm.path("clients")) {
      if (CHAT_CLIENT.equals(candidate.path("clientId").asText())) {
        client = candidate;
      }
    }
    if (client == null) {
      problems.add("$.clients: no client " + CHAT_CLIENT);
    } else {
      checkChatClient(client, problems);
    }
    boolean admin = false;
    for (JsonNode user : realm.path("users")) {
      if ((name + "-admin").equals(user.path("username").asText())) {
        for (JsonNode role : user.path("clientRoles").path("realm-management")) {
          admin |= "realm-admin".equals(role.asText());
        }
      }
    }
    if (!admin) {
      problems.add("$.users: no " + name + "-admin with realm-management/realm-admin");
    }
    return problems;
  }

  private static void checkChatClient(JsonNode client, List<String> problems) {
    if (!client.path("publicClient").asBoolean(false)) {
      problems.add("$.clients[chat-app].publicClient: must be true");
    }
    if (!client.path("directAccessGrantsEnabled").asBoolean(false)) {
      problems.add("$.clients[chat-app].directAccessGrantsEnabled: must be true");
    }
    List<JsonNode> mappers = new ArrayList<>();
    for (JsonNode mapper : client.path("protocolMappers")) {
      if (MAPPER.equals(mapper.path("protocolMapper").asText())) {
        mappers.add(mapper);
      }
    }
    if (mappers.size() != 1) {
      problems.add("$.clients[chat-app].protocolMappers: needs exactly one " + MAPPER);
      return;
    }
    JsonNode config = mappers.get(0).path("config");
    if (!"openid-connect".equals(mappers.get(0).path("protocol").asText())) {
      problems.add("$.clients[chat-app].protocolMappers[chat]: protocol openid-connect");
    }
    if (!"chat".equals(config.path("claim.name").asText())) {
      problems.add("$.clients[chat-app].protocolMappers[chat].config: claim.name chat");
    }
    for (String include :
        List.of(
            "access.token.claim",
            "id.token.claim",
            "userinfo.token.claim",
            "introspection.token.claim")) {
      if (!"true".equals(config.path(include).asText())) {
        problems.add("$.clients[chat-app].protocolMappers[chat].config: " + include + " true");
      }
    }
    if (config.has("chat.inbox.limit")) {
      problems.add("$.clients[chat-app].protocolMappers[chat].config: keep the inbox limit");
    }
  }
}
