package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A realm has its default chat roles and the realm role {@code chat-access-check} from the moment
 * it is created or imported, and nothing that only reads (a permission check, a GET, a check API
 * call) writes chat data. Writes are counted by the test probe (Hibernate's insert, update and
 * delete counts of our entities), the realm's revision and its admin events.
 */
@ExtendWith(KeycloakServerExtension.class)
@DisplayName("Realm set-up: chat data exists from a realm's creation, and reads write nothing")
class RealmSetUpIT {

  private static final List<String> DEFAULT_ROLES =
      List.of("administrator", "supervisor", "agent", "transcript-viewer");
  private static final String CHECK_ROLE = "chat-access-check";

  private final KeycloakHttp http;

  RealmSetUpIT(KeycloakHttp http) {
    this.http = http;
  }

  @Test
  void a_realm_created_with_only_a_name_has_the_check_role_and_the_default_roles() {
    String name = "setup-new-" + UUID.randomUUID().toString().substring(0, 8);
    RealmRepresentation realm = new RealmRepresentation();
    realm.setRealm(name);
    realm.setEnabled(true);
    http.adminClient().realms().create(realm);
    try {
      assertThat(realmRoleNames(name)).as("before any chat-access request").contains(CHECK_ROLE);
      long writes = chatWrites();

      assertThat(chatRoleKeys(name)).containsExactlyInAnyOrderElementsOf(DEFAULT_ROLES);
      assertThat(chatWrites()).as("chat-access writes of the first read").isEqualTo(writes);
    } finally {
      http.adminClient().realm(name).remove();
    }
  }

  @Test
  void a_realm_imported_from_an_export_keeps_its_check_role_and_its_holder() {
    String name = "setup-import-" + UUID.randomUUID().toString().substring(0, 8);
    RealmRepresentation realm = new RealmRepresentation();
    realm.setRealm(name);
    realm.setEnabled(true);
    RolesRepresentation roles = new RolesRepresentation();
    roles.setRealm(List.of(new RoleRepresentation(CHECK_ROLE, "as exported", false)));
    realm.setRoles(roles);
    UserRepresentation checker = new UserRepresentation();
    checker.setUsername("checker");
    checker.setEnabled(true);
    checker.setRealmRoles(List.of(CHECK_ROLE));
    realm.setUsers(List.of(checker));
    http.adminClient().realms().create(realm);
    try {
      long writes = chatWrites();

      assertThat(http.adminClient().realm(name).roles().get(CHECK_ROLE).toRepresentation())
          .extracting(RoleRepresentation::getDescription)
          .isEqualTo("as exported");
      assertThat(
              http.adminClient().realm(name).roles().get(CHECK_ROLE).getUserMembers().stream()
                  .map(UserRepresentation::getUsername))
          .containsExactly("checker");
      assertThat(chatRoleKeys(name)).containsExactlyInAnyOrderElementsOf(DEFAULT_ROLES);
      assertThat(chatWrites()).as("chat-access writes of the first read").isEqualTo(writes);
    } finally {
      http.adminClient().realm(name).remove();
    }
  }

  @Test
  void the_master_realm_has_them_from_the_first_start() {
    assertThat(realmRoleNames("master")).contains(CHECK_ROLE);
    assertThat(chatRoleKeys("master")).containsAll(DEFAULT_ROLES);
  }

  @Test
  void reads_refused_reads_and_checks_write_nothing() {
    try (TestRealm realm = TestRealm.create(http, "setup-reads")) {
      String inbox = realm.inbox("reads-web", "web", null);
      String alice = realm.userId("alice");
      String checker = realm.serviceAccountToken("checker", true);
      String aliceToken = realm.token("alice");
      String viewerToken = realm.token("viewer");
      long revision = realm.get("/settings").json().get("revision").asLong();
      int events = realm.admin().getAdminEvents().size();
      long writes = chatWrites();

      for (String path :
          List.of(
              "/settings",
              "/roles",
              "/inboxes",
              "/inboxes/" + inbox,
              "/licenses",
              "/assignments",
              "/permissions",
              "/document",
              "/users/" + alice + "/effective")) {
        assertThat(realm.get(path).status()).as("GET %s", path).isEqualTo(200);
      }
      assertThat(http.get(realm.api("/roles"), viewerToken).status()).isEqualTo(200);
      assertThat(http.get(realm.api("/settings"), aliceToken).status()).isEqualTo(403);
      assertThat(http.get(meOf(realm), aliceToken).status()).isEqualTo(200);
      JsonResponse check =
          http.post(
              "/realms/" + realm.name() + "/chat-access/check",
              checker,
              Map.of("userId", alice, "permission", "chat.handle", "inbox", "reads-web"));
      assertThat(check.status()).as("%s", check).isEqualTo(200);

      assertThat(chatWrites()).as("chat-access writes of the reads").isEqualTo(writes);
      assertThat(realm.get("/settings").json().get("revision").asLong()).isEqualTo(revision);
      assertThat(realm.admin().getAdminEvents()).hasSize(events);
    }
  }

  private static String meOf(TestRealm realm) {
    return "/realms/" + realm.name() + "/chat-access/me";
  }

  private List<String> realmRoleNames(String realm) {
    return http.adminClient().realm(realm).roles().list().stream()
        .map(RoleRepresentation::getName)
        .toList();
  }

  private List<String> chatRoleKeys(String realm) {
    JsonResponse response =
        http.get("/admin/realms/" + realm + "/chat-access/roles", http.masterAdminToken());
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    response.json().forEach(role -> keys.add(role.get("key").asText()));
    return keys;
  }

  /** Inserts, updates and deletes of chat-access entities since the probe was first called. */
  private long chatWrites() {
    JsonResponse response = http.get("/realms/master/chat-access-probe/statements", null);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode figures = response.json();
    return figures.get("chatWrites").asLong();
  }
}
