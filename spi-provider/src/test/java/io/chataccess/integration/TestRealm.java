package io.chataccess.integration;

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
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A fresh realm per test class: users {@code alice bob carol dave erin} (password = username),
 * {@code viewer} (view-realm and view-users only), {@code manager} (realm-admin), {@code
 * user-manager} (manage-users only, no view-realm); groups {@code /support/emea} and {@code
 * /sales}; realm roles {@code agent-role} and composite {@code senior} (contains {@code
 * agent-role}); client {@code crm} with role {@code crm-user}.
 */
final class TestRealm implements AutoCloseable {

  static final List<String> PEOPLE =
      List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace");

  private final KeycloakHttp http;
  private final String name;
  private String managerToken;

  private TestRealm(KeycloakHttp http, String name) {
    this.http = http;
    this.name = name;
  }

  static TestRealm create(KeycloakHttp http, String prefix) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    RealmRepresentation realm = new RealmRepresentation();
    realm.setRealm(name);
    realm.setEnabled(true);
    realm.setAdminEventsEnabled(true);
    realm.setAdminEventsDetailsEnabled(true);
    List<UserRepresentation> users = new ArrayList<>();
    for (String person : PEOPLE) {
      users.add(user(person, Map.of()));
    }
    users.add(user("viewer", Map.of("realm-management", List.of("view-realm", "view-users"))));
    users.add(user("manager", Map.of("realm-management", List.of("realm-admin"))));
    users.add(user("user-manager", Map.of("realm-management", List.of("manage-users"))));
    realm.setUsers(users);
    GroupRepresentation emea = group("emea", List.of());
    realm.setGroups(List.of(group("support", List.of(emea)), group("sales", List.of())));
    RoleRepresentation agent = new RoleRepresentation("agent-role", "agents", false);
    RoleRepresentation senior = new RoleRepresentation("senior", "senior agents", true);
    RoleRepresentation.Composites composites = new RoleRepresentation.Composites();
    composites.setRealm(java.util.Set.of("agent-role"));
    senior.setComposites(composites);
    RolesRepresentation roles = new RolesRepresentation();
    roles.setRealm(List.of(agent, senior));
    roles.setClient(Map.of("crm", List.of(new RoleRepresentation("crm-user", "CRM users", false))));
    realm.setRoles(roles);
    ClientRepresentation crm = new ClientRepresentation();
    crm.setClientId("crm");
    crm.setPublicClient(true);
    crm.setDirectAccessGrantsEnabled(true);
    realm.setClients(List.of(crm));
    http.adminClient().realms().create(realm);
    return new TestRealm(http, name);
  }

  private static UserRepresentation user(String username, Map<String, List<String>> clientRoles) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    user.setEmail(username + "@example.test");
    user.setEmailVerified(true);
    user.setFirstName(username);
    user.setLastName("Test");
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(username);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    user.setClientRoles(clientRoles);
    return user;
  }

  private static GroupRepresentation group(String name, List<GroupRepresentation> subGroups) {
    GroupRepresentation group = new GroupRepresentation();
    group.setName(name);
    group.setSubGroups(subGroups);
    return group;
  }

  String name() {
    return name;
  }

  RealmResource admin() {
    return http.adminClient().realm(name);
  }

  /** A token of {@code manager} (realm-admin of this realm). */
  String managerToken() {
    if (managerToken == null) {
      managerToken = token("manager");
    }
    return managerToken;
  }

  String token(String username) {
    return http.passwordToken(name, "admin-cli", username, username);
  }

  String api(String path) {
    return "/admin/realms/" + name + "/chat-access" + path;
  }

  String userId(String username) {
    return admin().users().search(username, true).get(0).getId();
  }

  String groupId(String path) {
    return admin().getGroupByPath(path).getId();
  }

  String realmRoleId(String role) {
    return admin().roles().get(role).toRepresentation().getId();
  }

  String clientRoleId(String clientId, String role) {
    String id = admin().clients().findByClientId(clientId).get(0).getId();
    return admin().clients().get(id).roles().get(role).toRepresentation().getId();
  }

  /**
   * Creates one more user (password = username), for tests that need a user nobody else touches.
   */
  String newUser(String username) {
    admin().users().create(user(username, Map.of())).close();
    return userId(username);
  }

  void joinGroup(String username, String path) {
    admin().users().get(userId(username)).joinGroup(groupId(path));
  }

  void grantRealmRole(String username, String role) {
    admin()
        .users()
        .get(userId(username))
        .roles()
        .realmLevel()
        .add(List.of(admin().roles().get(role).toRepresentation()));
  }

  // ---- chat access API, as the manager

  JsonResponse get(String path) {
    return http.get(api(path), managerToken());
  }

  JsonResponse post(String path, Object body) {
    return http.post(api(path), managerToken(), body);
  }

  JsonResponse put(String path, Object body) {
    return http.put(api(path), managerToken(), body);
  }

  /** A JSON Merge Patch, sent as application/merge-patch+json (with If-Match when not null). */
  JsonResponse patch(String path, String mergePatch, String ifMatch) {
    KeycloakHttp.Call call =
        http.call("PATCH", api(path))
            .bearer(managerToken())
            .raw(mergePatch, "application/merge-patch+json");
    return (ifMatch == null ? call : call.header("If-Match", ifMatch)).send();
  }

  JsonResponse delete(String path) {
    return http.delete(api(path), managerToken());
  }

  /** POSTs and returns the created resource, failing the test unless it was a 201. */
  JsonNode created(String path, Object body) {
    JsonResponse response = post(path, body);
    assertThat(response.status()).as("POST %s: %s", path, response).isEqualTo(201);
    return response.json();
  }

  String location(String key) {
    return created("/inboxes", Map.of("key", key, "name", key, "type", "location"))
        .get("id")
        .asText();
  }

  String location(String key, String parentId) {
    return created(
            "/inboxes", Map.of("key", key, "name", key, "type", "location", "parentId", parentId))
        .get("id")
        .asText();
  }

  String inbox(String key, String channel, String parentId) {
    Map<String, Object> body =
        parentId == null
            ? Map.of("key", key, "name", key, "type", "inbox", "channel", channel)
            : Map.of(
                "key", key, "name", key, "type", "inbox", "channel", channel, "parentId", parentId);
    return created("/inboxes", body).get("id").asText();
  }

  String role(String key, Map<String, String> grants, boolean requiresLicense) {
    return created(
            "/roles",
            Map.of("key", key, "name", key, "grants", grants, "requiresLicense", requiresLicense))
        .get("id")
        .asText();
  }

  /**
   * Saves the role's next version ({@code name = key}, no license) with the save mode, failing the
   * test unless it was a 200.
   */
  void saveRole(String roleId, String key, Map<String, String> grants, String mode) {
    JsonResponse response =
        put(
            "/roles/" + roleId + "?mode=" + mode,
            Map.of("key", key, "name", key, "grants", grants, "requiresLicense", false));
    assertThat(response.status()).as("save %s %s: %s", key, mode, response).isEqualTo(200);
  }

  String roleIdByKey(String key) {
    for (JsonNode role : get("/roles").json()) {
      if (role.get("key").asText().equals(key)) {
        return role.get("id").asText();
      }
    }
    throw new AssertionError("no chat role " + key);
  }

  String assign(String subjectType, String subjectId, String roleId, Map<String, Object> scope) {
    return created(
            "/assignments",
            Map.of(
                "subject", Map.of("type", subjectType, "id", subjectId),
                "roleId", roleId,
                "scope", scope))
        .get("id")
        .asText();
  }

  String license(String key, Integer seats, List<String> channels) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("key", key);
    body.put("name", key);
    body.put("seats", seats);
    body.put("channels", channels);
    return created("/licenses", body).get("id").asText();
  }

  void hold(String licenseId, String username) {
    created("/licenses/" + licenseId + "/holders", Map.of("username", username));
  }

  /** The effective grants of {@code username} in the inbox with that key (empty if none). */
  Map<String, String> grantsIn(String username, String inboxKey) {
    JsonNode effective = get("/users/" + userId(username) + "/effective").json();
    Map<String, String> grants = new java.util.TreeMap<>();
    for (JsonNode inbox : effective.get("inboxes")) {
      if (inbox.get("key").asText().equals(inboxKey)) {
        inbox
            .get("grants")
            .fields()
            .forEachRemaining(e -> grants.put(e.getKey(), e.getValue().asText()));
      }
    }
    return grants;
  }

  /** Every chat item an admin can read, as one text: equal before and after = nothing changed. */
  String chatState(String licenseId, String userId) {
    return get("/inboxes").body()
        + get("/licenses").body()
        + get("/licenses/" + licenseId + "/holders").body()
        + get("/roles").body()
        + get("/assignments").body()
        + get("/permissions").body()
        + get("/users/" + userId + "/suspension").body()
        + get("/settings").body();
  }

  static Map<String, Object> scopeAll() {
    return Map.of("type", "all");
  }

  static Map<String, Object> scopeNode(String nodeId) {
    return Map.of("type", "node", "nodeId", nodeId);
  }

  static Map<String, Object> scopeInboxes(String... inboxIds) {
    return Map.of("type", "inboxes", "inboxIds", List.of(inboxIds));
  }

  /**
   * A confidential client with a service account (secret {@code <clientId>-secret}), holding the
   * realm role chat-access-check (which every realm has from its creation) when asked; returns its
   * client-credentials access token.
   */
  String serviceAccountToken(String clientId, boolean withCheckRole) {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(clientId + "-secret");
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    admin().clients().create(client).close();
    if (withCheckRole) {
      String id = admin().clients().findByClientId(clientId).get(0).getId();
      String user = admin().clients().get(id).getServiceAccountUser().getId();
      admin()
          .users()
          .get(user)
          .roles()
          .realmLevel()
          .add(List.of(admin().roles().get("chat-access-check").toRepresentation()));
    }
    JsonResponse response =
        http.call("POST", "/realms/" + name + "/protocol/openid-connect/token")
            .form(
                Map.of(
                    "grant_type",
                    "client_credentials",
                    "client_id",
                    clientId,
                    "client_secret",
                    clientId + "-secret"))
            .send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json().get("access_token").asText();
  }

  @Override
  public void close() {
    http.adminClient().realm(name).remove();
  }
}
