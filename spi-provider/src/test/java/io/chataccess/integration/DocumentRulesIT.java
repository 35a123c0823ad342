package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document import and the admin API follow the same rules: what one refuses the other refuses,
 * and the import saves role versions the way the API does.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Document import: the API's rules")
class DocumentRulesIT {

  private TestRealm realm;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    realm = TestRealm.create(http, "document-rules");
    String web = realm.inbox("rules-web", "web", null);
    String role = realm.role("rules-agent", Map.of("chat.handle", "own"), false);
    realm.assign("user", realm.userId("alice"), role, TestRealm.scopeInboxes(web));
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  private JsonResponse importDocument(Map<String, Object> sections) {
    Map<String, Object> document = new HashMap<>(sections);
    document.put("format", 1);
    return realm.put("/document", document);
  }

  @Test
  @DisplayName("a section that is null is refused, not read as 'delete everything'")
  void null_sections_are_refused() {
    String before = realm.get("/document").body();

    for (String section : List.of("assignments", "roles", "licenses", "inboxes", "permissions")) {
      Map<String, Object> document = new HashMap<>();
      document.put(section, null);
      assertInvalid(importDocument(document), "$." + section);
    }
    assertThat(realm.get("/document").body()).isEqualTo(before);
  }

  @Test
  @DisplayName("a location under an inbox and empty extra grants are refused, as by the API")
  void what_the_api_refuses() {
    Map<String, Object> inbox =
        Map.of(
            "key", "rules-parent",
            "name", "parent",
            "type", "inbox",
            "channel", "web",
            "children", List.of(Map.of("key", "rules-child", "name", "child", "type", "location")));
    Map<String, Object> emptyGrants =
        Map.of("user", "bob", "grants", Map.of(), "scope", Map.of("inboxes", List.of("rules-web")));

    assertInvalid(
        importDocument(Map.of("inboxes", List.of(inbox))), "$.inboxes[0].children[0].type");
    JsonResponse refused = importDocument(Map.of("assignments", List.of(emptyGrants)));
    assertInvalid(refused, "$.assignments[0].grants");
  }

  @Test
  @DisplayName("a permission cannot turn yes/no while a stored role grants it at own")
  void kind_change_refused_while_granted_scoped() {
    realm.post("/permissions", Map.of("key", "crm.export", "kind", "scoped"));
    realm.role("exporter", Map.of("crm.export", "own"), false);
    String before = realm.get("/document").body();

    JsonResponse refused =
        importDocument(
            Map.of("permissions", List.of(Map.of("key", "crm.export", "kind", "boolean"))));

    assertInvalid(refused, "$.permissions[0].kind");
    assertThat(realm.get("/document").body()).isEqualTo(before);
    JsonResponse reimport = realm.put("/document?dryRun=true", realm.get("/document").json());
    assertThat(reimport.status()).as("%s", reimport).isEqualTo(200);
  }

  @Test
  @DisplayName("a role version saved 'new only' by the document keeps who holds the role now")
  void new_only_version_keeps_existing_holders() {
    String carolsRole = realm.role("pinned-agent", Map.of("chat.handle", "own"), false);
    String web = realm.inbox("pin-web", "web", null);
    realm.assign("user", realm.userId("carol"), carolsRole, TestRealm.scopeInboxes(web));
    Map<String, Object> role =
        Map.of(
            "key",
            "pinned-agent",
            "name",
            "pinned-agent",
            "versions",
            List.of(
                Map.of("grants", Map.of("chat.handle", "own"), "requiresLicense", false),
                Map.of(
                    "grants",
                    Map.of("chat.handle", "all"),
                    "requiresLicense",
                    false,
                    "saveMode",
                    "new-only")));
    JsonNode roles = realm.get("/document").json().get("roles");
    List<Object> wanted = new java.util.ArrayList<>();
    roles.forEach(r -> wanted.add(r.get("key").asText().equals("pinned-agent") ? role : r));

    JsonResponse imported = importDocument(Map.of("roles", wanted));

    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    assertThat(realm.grantsIn("carol", "pin-web")).containsEntry("chat.handle", "own");
    JsonNode carols =
        realm.get("/assignments?subjectType=user&subjectId=" + realm.userId("carol")).json();
    assertThat(carols.get(0).path("pinnedVersion").isNull()).as("%s", carols).isTrue();
    assertThat(realm.get("/roles/" + carolsRole + "/versions/1").json().get("keptUsers").asInt())
        .isEqualTo(1);
  }
}
