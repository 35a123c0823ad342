package io.chataccess.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A fresh realm per test class whose admin theme is ours: {@code boss} (realm-admin), {@code
 * viewer} (view-realm, view-users, view-clients: sees everything, may change nothing), agents
 * {@code alice} and {@code bob}; passwords equal usernames; group {@code /support/emea}. Client
 * {@code chat-app} has the client scope {@code chat} as a default scope, so its tokens carry the
 * claim.
 */
final class ConsoleRealm {

  static final String THEME = "chat-access";

  private final KeycloakHttp http;
  private final String name;
  private String bossToken;

  private ConsoleRealm(KeycloakHttp http, String name) {
    this.http = http;
    this.name = name;
  }

  static ConsoleRealm create(KeycloakHttp http, String prefix) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    RealmRepresentation realm = new RealmRepresentation();
    realm.setRealm(name);
    realm.setEnabled(true);
    realm.setAdminTheme(THEME);
    List<UserRepresentation> users = new ArrayList<>();
    users.add(user("boss", Map.of("realm-management", List.of("realm-admin"))));
    users.add(
        user(
            "viewer",
            Map.of("realm-management", List.of("view-realm", "view-users", "view-clients"))));
    users.add(user("alice", Map.of()));
    users.add(user("bob", Map.of()));
    realm.setUsers(users);
    GroupRepresentation emea = new GroupRepresentation();
    emea.setName("emea");
    GroupRepresentation support = new GroupRepresentation();
    support.setName("support");
    support.setSubGroups(List.of(emea));
    realm.setGroups(List.of(support));
    ClientRepresentation app = new ClientRepresentation();
    app.setClientId("chat-app");
    app.setPublicClient(true);
    app.setDirectAccessGrantsEnabled(true);
    realm.setClients(List.of(app));
    http.adminClient().realms().create(realm);
    ConsoleRealm created = new ConsoleRealm(http, name);
    created.attachChatScope("chat-app");
    return created;
  }

  private static UserRepresentation user(String username, Map<String, List<String>> clientRoles) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    user.setEmail(username + "@example.test");
    user.setEmailVerified(true);
    user.setFirstName(Character.toUpperCase(username.charAt(0)) + username.substring(1));
    user.setLastName("Test");
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(username);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    user.setClientRoles(clientRoles);
    return user;
  }

  private void attachChatScope(String clientId) {
    String scopeId =
        admin().clientScopes().findAll().stream()
            .filter(s -> "chat".equals(s.getName()))
            .map(ClientScopeRepresentation::getId)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no client scope chat in " + name));
    String id = admin().clients().findByClientId(clientId).get(0).getId();
    admin().clients().get(id).addDefaultClientScope(scopeId);
  }

  String name() {
    return name;
  }

  RealmResource admin() {
    return http.adminClient().realm(name);
  }

  String userId(String username) {
    return admin().users().search(username, true).get(0).getId();
  }

  // ---- chat access API as boss, to set up what a test only looks at

  private String bossToken() {
    if (bossToken == null) {
      bossToken = http.passwordToken(name, "admin-cli", "boss", "boss");
    }
    return bossToken;
  }

  JsonNode created(String path, Object body) {
    JsonResponse response =
        http.post("/admin/realms/" + name + "/chat-access" + path, bossToken(), body);
    assertThat(response.status()).as("POST %s: %s", path, response).isEqualTo(201);
    return response.json();
  }

  JsonNode get(String path) {
    JsonResponse response = http.get("/admin/realms/" + name + "/chat-access" + path, bossToken());
    assertThat(response.status()).as("GET %s: %s", path, response).isEqualTo(200);
    return response.json();
  }

  /** The version of a chat role by key, read through the API. */
  int roleVersion(String key) {
    for (JsonNode role : get("/roles")) {
      if (key.equals(role.get("key").asText())) {
        return role.get("version").asInt();
      }
    }
    throw new AssertionError("no chat role " + key);
  }
}
