package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Realm settings and the permission catalog")
class SettingsAndPermissionsIT {

  private TestRealm realm;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    realm = TestRealm.create(http, "settings");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  void the_department_root_is_a_group_path_and_the_revision_grows_with_every_write() {
    long before = realm.get("/settings").json().get("revision").asLong();

    JsonNode updated =
        realm
            .put("/settings", Map.of("departmentRootGroup", "/support", "licensesRequired", true))
            .json();
    realm.location("revision-bump");

    assertThat(updated.get("departmentRootGroup").asText()).isEqualTo("/support");
    assertThat(realm.get("/settings").json().get("revision").asLong())
        .isGreaterThanOrEqualTo(before + 2);
    assertInvalid(
        realm.put(
            "/settings", Map.of("departmentRootGroup", "/no/such/group", "licensesRequired", true)),
        "departmentRootGroup");
    assertThat(realm.get("/settings").json().get("departmentRootGroup").asText())
        .isEqualTo("/support");
  }

  @Test
  void a_department_root_with_a_control_character_is_refused_before_any_look_up() {
    JsonNode before = realm.get("/settings").json();

    // PostgreSQL refuses a NUL in a query parameter; the look-up must not be tried (was a 500)
    assertInvalid(
        realm.put(
            "/settings", Map.of("departmentRootGroup", "/sup\u0000port", "licensesRequired", true)),
        "departmentRootGroup");
    assertThat(realm.get("/settings").json()).isEqualTo(before);
  }

  @Test
  void switching_license_gating_off_lets_license_requiring_grants_through() {
    realm.inbox("ungated", "whatsapp", null);
    realm.assign(
        "user",
        realm.userId("dave"),
        realm.role("gated", Map.of("chat.handle", "all"), true),
        TestRealm.scopeAll());
    assertThat(realm.grantsIn("dave", "ungated")).isEmpty();

    realm.put("/settings", Map.of("licensesRequired", false));
    try {
      assertThat(realm.grantsIn("dave", "ungated")).containsEntry("chat.handle", "all");
    } finally {
      realm.put("/settings", Map.of("licensesRequired", true));
    }
  }

  @Test
  void the_catalog_lists_every_built_in_permission() {
    List<String> keys = new ArrayList<>();
    realm.get("/permissions").json().forEach(p -> keys.add(p.get("key").asText()));

    assertThat(keys)
        .contains(
            "chat.handle",
            "conversation.view",
            "conversation.edit",
            "conversation.delete",
            "conversation.join",
            "conversation.transfer",
            "conversation.rate",
            "transcript.view",
            "statistics.view",
            "channel.view",
            "channel.configure",
            "channel.connect",
            "canned.use",
            "canned.manage",
            "presence.use",
            "bots.manage",
            "access.manage",
            "settings.edit");
    assertThat(realm.get("/permissions/canned.use").json().get("kind").asText())
        .isEqualTo("boolean");
    assertThat(realm.get("/permissions/chat.handle").json().get("kind").asText())
        .isEqualTo("scoped");
  }

  @Test
  void a_custom_permission_is_created_used_protected_while_used_and_deleted() {
    JsonNode created =
        realm.created(
            "/permissions",
            Map.of("key", "crm.export", "kind", "boolean", "description", "Export"));
    assertThat(created.get("builtIn").asBoolean()).isFalse();
    String role = realm.role("exporter", Map.of("crm.export", "all"), false);

    assertProblem(realm.delete("/permissions/crm.export"), 409);
    realm.delete("/roles/" + role);
    assertThat(realm.delete("/permissions/crm.export").status()).isEqualTo(204);
    assertProblem(realm.get("/permissions/crm.export"), 404);
  }

  @Test
  void built_ins_cannot_be_deleted_or_redefined() {
    assertInvalid(realm.delete("/permissions/chat.handle"), "key");
    assertProblem(realm.post("/permissions", Map.of("key", "chat.handle", "kind", "scoped")), 409);
  }
}
