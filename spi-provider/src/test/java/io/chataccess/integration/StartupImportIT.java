package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test server starts with {@code --spi-chat-access-import--default--dir} pointing at
 * src/test/resources/startup/chat-access: one good document, one with errors, one for a realm that
 * does not exist, and one that is not JSON (see the failsafe configuration in pom.xml).
 */
@ExtendWith(KeycloakServerExtension.class)
@DisplayName("Startup import of chat-access documents")
class StartupImportIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DOCUMENTS = Path.of("src/test/resources/startup/chat-access");

  private final KeycloakHttp http;

  StartupImportIT(KeycloakHttp http) {
    this.http = http;
  }

  private JsonResponse export(String realm) {
    return http.get("/admin/realms/" + realm + "/chat-access/document", http.masterAdminToken());
  }

  @Test
  void a_good_document_is_applied_to_its_realm() throws Exception {
    JsonResponse exported = export("startup-import");

    assertThat(exported.status()).isEqualTo(200);
    JsonNode file = JSON.readTree(DOCUMENTS.resolve("startup-import.chat-access.json").toFile());
    assertThat(exported.json()).isEqualTo(file);
  }

  @Test
  void the_imported_realm_issues_tokens_with_the_imported_permissions() {
    JsonResponse effective =
        http.get(
            "/admin/realms/startup-import/chat-access/users/"
                + http.adminClient()
                    .realm("startup-import")
                    .users()
                    .searchByUsername("agent-anna", true)
                    .get(0)
                    .getId()
                + "/effective",
            http.masterAdminToken());

    assertThat(effective.status()).isEqualTo(200);
    assertThat(effective.body()).contains("hq-web").contains("chat.handle");
  }

  @Test
  void a_broken_document_changes_nothing_and_its_errors_are_logged() throws Exception {
    JsonNode exported = export("startup-broken").json();

    assertThat(exported.get("inboxes")).isEmpty();
    assertThat(exported.get("assignments")).isEmpty();
    String log = Files.readString(Path.of(System.getProperty("keycloak.home"), "keycloak.log"));
    assertThat(log)
        .contains("startup-broken.chat-access.json was not applied")
        .contains("$.inboxes[0].key: must match");
  }

  @Test
  void a_missing_realm_and_a_file_that_is_not_json_are_logged_and_skipped() throws Exception {
    String log = Files.readString(Path.of(System.getProperty("keycloak.home"), "keycloak.log"));

    assertThat(log)
        .contains("no-such-realm.chat-access.json names realm no-such-realm, which does not exist")
        .contains("startup-unparsable.chat-access.json was not applied: not valid JSON");
  }
}
