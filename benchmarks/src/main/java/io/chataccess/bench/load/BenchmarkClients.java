package io.chataccess.bench.load;

import static io.chataccess.bench.load.LoadBenchmark.CHAT_CHANNEL_CLIENT;
import static io.chataccess.bench.load.LoadBenchmark.CHAT_MAPPER;
import static io.chataccess.bench.load.LoadBenchmark.CHAT_NODE_CLIENT;
import static io.chataccess.bench.load.LoadBenchmark.GROUP_MAPPER;
import static io.chataccess.bench.load.LoadBenchmark.REALM;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Clients section: creates the benchmark's public clients (one per {@link Variant}, and two
 * with the chat mapper's filters) afresh, and reports their mappers and the realm's client scopes.
 */
final class BenchmarkClients {

  private final LoadRun run;
  private final KeycloakApi api;

  BenchmarkClients(LoadRun run) {
    this.run = run;
    this.api = run.api();
  }

  void create() {
    LoadSettings settings = run.settings();
    Progress.log("creating the benchmark clients");
    String realm = "/admin/realms/" + REALM;
    JsonNode scopes = api.get(realm + "/client-scopes").expect(200, "client scopes").json();
    boolean chatScope = false;
    for (JsonNode scope : scopes) {
      chatScope |= "chat".equals(scope.path("name").asText());
    }
    List<String> defaults = names(api.get(realm + "/default-default-client-scopes").json());
    createClient(Variant.PLAIN.clientId, List.of());
    createClient(Variant.CHAT.clientId, List.of(chatMapper(Map.of())));
    createClient(Variant.GROUPS.clientId, List.of(groupMapper()));
    createClient(
        CHAT_CHANNEL_CLIENT,
        List.of(chatMapper(Map.of("chat.channels", settings.channelFilter()))));
    createClient(
        CHAT_NODE_CLIENT, List.of(chatMapper(Map.of("chat.nodes", settings.nodeFilter()))));
    String plainId = clientUuid(Variant.PLAIN.clientId);
    List<String> plainScopes =
        names(api.get(realm + "/clients/" + plainId + "/default-client-scopes").json());
    List<String> plainOptional =
        names(api.get(realm + "/clients/" + plainId + "/optional-client-scopes").json());
    Markdown report = run.report();
    report.heading(2, "Clients");
    report.paragraph(
        "Public clients with direct access grants (the password grant opens one session per user"
            + " and client; the load then uses the refresh-token grant). No `openid` scope is"
            + " requested, so each grant issues one access token (and a refresh token), no ID"
            + " token. Realm `"
            + REALM
            + "` has our `chat` client scope: "
            + (chatScope ? "yes" : "no")
            + "; realm default client scopes: "
            + String.join(", ", defaults)
            + ". Default scopes of `bench-plain`: "
            + String.join(", ", plainScopes)
            + "; optional: "
            + String.join(", ", plainOptional)
            + ". So `chat` reaches a token only through the mappers below.");
    report.table(
        List.of("client", "protocol mappers of its own"),
        List.of(
            List.of("`" + Variant.PLAIN.clientId + "`", "none"),
            List.of(
                "`" + Variant.CHAT.clientId + "`",
                "`" + CHAT_MAPPER + "`, defaults (inbox limit 200)"),
            List.of(
                "`" + Variant.GROUPS.clientId + "`",
                "`" + GROUP_MAPPER + "`, claim `groups`, full path"),
            List.of(
                "`" + CHAT_CHANNEL_CLIENT + "`",
                "`" + CHAT_MAPPER + "`, channels = " + settings.channelFilter()),
            List.of(
                "`" + CHAT_NODE_CLIENT + "`",
                "`" + CHAT_MAPPER + "`, nodes = " + settings.nodeFilter())));
    if (plainScopes.contains("chat")) {
      throw new IllegalStateException("the chat scope is a default scope of bench-plain");
    }
  }

  private static List<String> names(JsonNode scopes) {
    List<String> names = new ArrayList<>();
    scopes.forEach(scope -> names.add(scope.path("name").asText()));
    return names;
  }

  private void createClient(String clientId, List<Map<String, Object>> mappers) {
    String realm = "/admin/realms/" + REALM;
    JsonNode existing = api.get(realm + "/clients?clientId=" + clientId).json();
    if (existing.size() > 0) {
      api.delete(realm + "/clients/" + existing.get(0).get("id").asText());
    }
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("clientId", clientId);
    client.put("publicClient", true);
    client.put("standardFlowEnabled", false);
    client.put("directAccessGrantsEnabled", true);
    client.put("protocolMappers", mappers);
    api.post(realm + "/clients", KeycloakApi.json(client)).expect(201, "client " + clientId);
  }

  private String clientUuid(String clientId) {
    return api.get("/admin/realms/" + REALM + "/clients?clientId=" + clientId)
        .json()
        .get(0)
        .get("id")
        .asText();
  }

  private static Map<String, Object> chatMapper(Map<String, String> options) {
    Map<String, String> config = new LinkedHashMap<>(tokenSwitches());
    config.put("claim.name", "chat");
    config.putAll(options);
    return mapper("chat", CHAT_MAPPER, config);
  }

  private static Map<String, Object> groupMapper() {
    Map<String, String> config = new LinkedHashMap<>(tokenSwitches());
    config.put("claim.name", "groups");
    config.put("full.path", "true");
    return mapper("groups", GROUP_MAPPER, config);
  }

  private static Map<String, String> tokenSwitches() {
    return Map.of(
        "access.token.claim", "true",
        "id.token.claim", "true",
        "userinfo.token.claim", "true",
        "introspection.token.claim", "true");
  }

  private static Map<String, Object> mapper(String name, String type, Map<String, String> config) {
    Map<String, Object> mapper = new LinkedHashMap<>();
    mapper.put("name", name);
    mapper.put("protocol", "openid-connect");
    mapper.put("protocolMapper", type);
    mapper.put("config", config);
    return mapper;
  }
}
