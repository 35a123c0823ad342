package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.AdminEventRepresentation;

@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Every change is a Keycloak admin event carrying what changed")
class AdminEventsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestRealm realm;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    realm = TestRealm.create(http, "events");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  void an_assignment_event_names_the_subject_role_and_scope() throws Exception {
    String location = realm.location("events-loc");
    String alice = realm.userId("alice");
    String role = realm.roleIdByKey("agent");
    String assignment = realm.assign("user", alice, role, TestRealm.scopeNode(location));

    AdminEventRepresentation event =
        event("CHAT_ACCESS_ASSIGNMENT", "CREATE", "chat-access/assignments/" + assignment);

    JsonNode representation = JSON.readTree(event.getRepresentation());
    assertThat(representation.get("subject").get("id").asText()).isEqualTo(alice);
    assertThat(representation.get("subject").get("name").asText()).isEqualTo("alice");
    assertThat(representation.get("roleKey").asText()).isEqualTo("agent");
    assertThat(representation.get("scope").get("nodeId").asText()).isEqualTo(location);
  }

  @Test
  void a_license_holder_event_names_the_user_and_the_license() throws Exception {
    String license = realm.license("events-license", 3, List.of("web"));
    realm.hold(license, "bob");
    String bob = realm.userId("bob");

    AdminEventRepresentation added =
        event(
            "CHAT_ACCESS_LICENSE_HOLDER",
            "CREATE",
            "chat-access/licenses/" + license + "/holders/" + bob);
    realm.delete("/licenses/" + license + "/holders/" + bob);
    AdminEventRepresentation removed =
        event(
            "CHAT_ACCESS_LICENSE_HOLDER",
            "DELETE",
            "chat-access/licenses/" + license + "/holders/" + bob);

    for (AdminEventRepresentation event : List.of(added, removed)) {
      JsonNode representation = JSON.readTree(event.getRepresentation());
      assertThat(representation.get("username").asText()).isEqualTo("bob");
      assertThat(representation.get("licenseKey").asText()).isEqualTo("events-license");
    }
  }

  @Test
  void inbox_role_and_suspension_changes_are_recorded() throws Exception {
    String inbox = realm.inbox("events-inbox", "web", null);
    String role = realm.role("events-role", Map.of("chat.handle", "own"), true);
    realm.put(
        "/users/" + realm.userId("carol") + "/suspension",
        Map.of("suspended", true, "reason", "audit"));

    assertThat(
            event("CHAT_ACCESS_INBOX", "CREATE", "chat-access/inboxes/" + inbox)
                .getRepresentation())
        .contains("events-inbox");
    assertThat(event("CHAT_ACCESS_ROLE", "CREATE", "chat-access/roles/" + role).getRepresentation())
        .contains("chat.handle");
    assertThat(
            event(
                    "CHAT_ACCESS_SUSPENSION",
                    "UPDATE",
                    "chat-access/users/" + realm.userId("carol") + "/suspension")
                .getRepresentation())
        .contains("audit");
  }

  private AdminEventRepresentation event(String type, String operation, String path) {
    return realm.admin().getAdminEvents().stream()
        .filter(e -> type.equals(e.getResourceType()))
        .filter(e -> operation.equals(e.getOperationType()))
        .filter(e -> path.equals(e.getResourcePath()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + operation + " " + type + " event at " + path));
  }
}
