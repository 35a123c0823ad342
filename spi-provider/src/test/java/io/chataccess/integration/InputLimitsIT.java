package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertInvalid;
import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.rules.Limits;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
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
 * Values at and just past every limit the database holds: the limit itself is stored and read back,
 * one more is a 400 naming the field, never a 500, and the realm is unchanged by the refusal.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Input at the limits the columns hold")
class InputLimitsIT {

  private KeycloakHttp http;
  private TestRealm realm;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "limits");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  @DisplayName("a suspension reason of 1,024 characters is kept; 1,025 is a 400 on reason")
  void suspension_reason() {
    String path = "/users/" + realm.userId("alice") + "/suspension";
    String longest = "r".repeat(Limits.SUSPENSION_REASON_CHARS);

    JsonResponse kept = realm.put(path, Map.of("suspended", true, "reason", longest));
    String before = realm.get("/document").body();
    JsonResponse refused = realm.put(path, Map.of("suspended", true, "reason", longest + "r"));

    assertThat(kept.status()).as("%s", kept).isEqualTo(200);
    assertThat(realm.get(path).json().get("reason").asText()).isEqualTo(longest);
    assertInvalid(refused, "reason");
    assertThat(realm.get("/document").body()).isEqualTo(before);
  }

  @Test
  @DisplayName("64 custom channels of the longest name are stored; a 65th is a 400 on channels")
  void license_channels() {
    List<String> channels = new ArrayList<>();
    for (int i = 0; i < Limits.LICENSE_CHANNELS; i++) {
      String name = String.format("c%02d", i);
      channels.add("custom:" + name + "x".repeat(Limits.CHANNEL_CHARS - "custom:".length() - 3));
    }
    assertThat(channels.get(0)).hasSize(Limits.CHANNEL_CHARS);
    assertThat(String.join(",", channels).length()).isGreaterThan(1024);

    JsonResponse created = realm.post("/licenses", license("wide", channels));
    List<String> tooMany = new ArrayList<>(channels);
    tooMany.add("web");
    JsonResponse refused = realm.post("/licenses", license("too-wide", tooMany));
    JsonResponse dryRun =
        http.call("PUT", realm.api("/document?dryRun=true"))
            .bearer(realm.managerToken())
            .json(
                Map.of(
                    "format",
                    1,
                    "licenses",
                    List.of(Map.of("key", "wide", "name", "wide", "channels", channels))))
            .send();

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(realm.get("/licenses/" + created.json().get("id").asText()).json().get("channels"))
        .hasSize(Limits.LICENSE_CHANNELS);
    assertInvalid(refused, "channels");
    assertThat(dryRun.status()).as("%s", dryRun).isEqualTo(200);
  }

  @Test
  @DisplayName("a custom permission key of 128 characters is kept; 129 is a 400 on key")
  void permission_key() {
    String longest = key(Limits.PERMISSION_KEY_CHARS);
    String tooLong = key(Limits.PERMISSION_KEY_CHARS + 1);

    JsonResponse created =
        realm.post("/permissions", Map.of("key", longest, "kind", "scoped", "description", "x"));
    JsonResponse refused = realm.post("/permissions", Map.of("key", tooLong, "kind", "scoped"));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertInvalid(refused, "key");
  }

  @Test
  @DisplayName("seat limits up to 10,000,000 are taken by the API and by the document alike")
  void seat_maximum() {
    Map<String, Object> most = license("most-seats", List.of());
    most.put("seats", Limits.SEATS);
    Map<String, Object> tooMany = license("too-many-seats", List.of());
    tooMany.put("seats", Limits.SEATS + 1);

    assertThat(realm.post("/licenses", most).status()).isEqualTo(201);
    assertInvalid(realm.post("/licenses", tooMany), "seats");
    JsonResponse document = realm.put("/document?dryRun=true", realm.get("/document").json());
    assertThat(document.status()).as("%s", document).isEqualTo(200);
    assertThat(document.json().get("changed").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("a tree 16 levels deep is accepted; a 17th level is a 400 on parentId")
  void tree_depth() {
    String parent = null;
    for (int depth = 1; depth <= Limits.TREE_DEPTH; depth++) {
      parent = parent == null ? realm.location("deep-1") : realm.location("deep-" + depth, parent);
    }
    Map<String, Object> seventeenth = new HashMap<>();
    seventeenth.put("key", "deep-17");
    seventeenth.put("name", "deep-17");
    seventeenth.put("type", "location");
    seventeenth.put("parentId", parent);

    assertInvalid(realm.post("/inboxes", seventeenth), "parentId");
    JsonResponse reimport = realm.put("/document?dryRun=true", realm.get("/document").json());
    assertThat(reimport.status())
        .as("the export of a 16-deep tree imports: %s", reimport)
        .isEqualTo(200);
  }

  @Test
  @DisplayName("a body that is not sent as application/json is 415 and changes nothing")
  void content_types() {
    String body = "{\"licensesRequired\": false}";
    String before = realm.get("/document").body();
    List<JsonResponse> refused = new ArrayList<>();
    for (String type :
        List.of("text/plain", "multipart/form-data; boundary=x", "application/xml")) {
      refused.add(send("PUT", realm.api("/settings"), body, type));
      refused.add(send("POST", realm.api("/inboxes"), "{\"key\":\"ct\"}", type));
    }
    refused.add(send("PUT", realm.api("/settings"), body, null));

    refused.forEach(response -> assertThat(response.status()).as("%s", response).isEqualTo(415));
    assertThat(realm.get("/document").body()).isEqualTo(before);
    assertThat(
            send("PUT", realm.api("/settings"), body, "application/json; charset=utf-8").status())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("/check with a null owner department is a 400 naming the entry")
  void check_with_null_department() {
    realm.inbox("check-web", "web", null);
    realm.assign(
        "user",
        realm.userId("bob"),
        realm.role("dept", Map.of("conversation.view", "department"), false),
        TestRealm.scopeAll());
    String token = realm.serviceAccountToken("limits-checker", true);
    List<String> departments = new ArrayList<>();
    departments.add(null);
    Map<String, Object> check = new HashMap<>();
    check.put("userId", realm.userId("bob"));
    check.put("permission", "conversation.view");
    check.put("inbox", "check-web");
    check.put("conversationOwner", realm.userId("carol"));
    check.put("ownerDepartments", departments);
    String base = "/realms/" + realm.name() + "/chat-access";

    assertInvalid(http.post(base + "/check", token, check), "ownerDepartments[0]");
    assertProblem(http.post(base + "/check/batch", token, Map.of("checks", List.of(check))), 400);
  }

  private JsonResponse send(String method, String path, String body, String contentType) {
    return http.call(method, path).bearer(realm.managerToken()).raw(body, contentType).send();
  }

  private static Map<String, Object> license(String key, List<String> channels) {
    Map<String, Object> body = new HashMap<>();
    body.put("key", key);
    body.put("name", key);
    body.put("channels", channels);
    return body;
  }

  /** A well-formed custom permission key of exactly {@code length} characters (124 to 163). */
  private static String key(int length) {
    String key = "a".repeat(40) + (".b" + "c".repeat(39)).repeat(2);
    return key + ".b" + "c".repeat(length - key.length() - 2);
  }
}
