package io.chataccess.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Boots Keycloak as start.sh does: every example realm imported with {@code --import-realm}, every
 * chat-access document applied by the startup import. Each demo user's {@code chat} claim must
 * equal the golden {@code expected-claims.json} beside its example, and each document must survive
 * a round trip through the admin API. {@code -Dgolden.update=true} rewrites the golden files from
 * the server and then fails every example it rewrote, so that such a run can never pass as a test:
 * review the diff by hand and run again without it.
 */
@ExtendWith(KeycloakServerExtension.class)
@DisplayName("The example realms on a real server")
class ExamplesIT {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String CHAT_CLIENT = "chat-app";
  private static final String GOLDEN = "expected-claims.json";

  private final KeycloakHttp http;

  ExamplesIT(KeycloakHttp http) {
    this.http = http;
  }

  static Stream<String> examples() {
    return Example.all().stream().map(Example::name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("every demo user's token claim equals the golden file of the example")
  void every_demo_users_claim_equals_the_golden_file(String name) throws IOException {
    Example example = Example.named(name);
    ObjectNode actual = JSON.createObjectNode();
    for (String username : example.usernames()) {
      actual.set(username, claimOf(example, username));
    }

    if (Boolean.getBoolean("golden.update")) {
      Path golden = example.folder().resolve(GOLDEN);
      Files.writeString(golden, JSON.writeValueAsString(actual) + "\n");
      fail(
          "golden file %s rewritten from the server (golden.update=true): review the diff by hand"
              + " against the example's README and run again without golden.update",
          golden);
    }

    JsonNode expected = read(example.folder().resolve(GOLDEN));
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(names(actual)).as("users of %s", name).isEqualTo(names(expected));
    for (String username : example.usernames()) {
      softly
          .assertThat(actual.get(username))
          .as("the chat claim of %s in %s", username, name)
          .isEqualTo(expected.get(username));
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("the exported document re-imports with no change and follows the published schema")
  void the_export_reimports_without_change(String name) {
    Example example = Example.named(name);
    JsonNode exported = export(name);

    JsonResponse sourceAgain = importDocument(name, example.document(), true);
    JsonResponse exportAgain = importDocument(name, exported, false);

    assertThat(sourceAgain.status()).as("%s", sourceAgain).isEqualTo(200);
    assertThat(sourceAgain.json().get("changes")).as("the startup import left nothing").isEmpty();
    assertThat(exportAgain.status()).as("%s", exportAgain).isEqualTo(200);
    assertThat(exportAgain.json().get("changes")).as("re-importing the export").isEmpty();
    assertThat(export(name)).isEqualTo(exported);
    assertThat(
            PublishedSchema.inDocs(Example.EXAMPLES_DIR, "chat-access-document.schema.json")
                .problems(exported))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("the document imported into a fresh copy of the realm exports the same")
  void a_fresh_realm_gets_the_same_export(String name) throws IOException {
    Example example = Example.named(name);
    String copy = name + "-copy";
    ObjectNode realm = (ObjectNode) example.realm().deepCopy();
    realm.put("realm", copy).remove("id");
    JsonResponse created = http.post("/admin/realms", http.masterAdminToken(), realm);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    try {
      JsonResponse imported = importDocument(copy, example.document(), false);
      assertThat(imported.status()).as("%s", imported).isEqualTo(200);
      assertThat(imported.json().get("changes")).isNotEmpty();

      assertThat(withoutRealm(export(copy))).isEqualTo(withoutRealm(export(name)));
    } finally {
      http.delete("/admin/realms/" + copy, http.masterAdminToken());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("a broken copy of the document is refused with every error and changes nothing")
  void a_broken_document_changes_nothing(String name) {
    Example example = Example.named(name);
    JsonNode before = export(name);
    ObjectNode broken = (ObjectNode) example.document().deepCopy();
    ((ObjectNode) broken.withArray("roles").get(0)).put("name", "Renamed in a broken import");
    ArrayNode assignments = broken.withArray("assignments");
    assignments.addObject().put("user", "nobody-in-this-realm").put("role", "no-such-role");
    int last = assignments.size() - 1;

    JsonResponse rejected = importDocument(name, broken, false);

    assertThat(rejected.status()).as("%s", rejected).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    rejected.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields)
        .contains("$.assignments[" + last + "].user", "$.assignments[" + last + "].role");
    assertThat(export(name)).isEqualTo(before);
  }

  @Test
  @DisplayName("the golden files are not empty: someone in every example holds a chat right")
  void every_example_grants_something() {
    for (Example example : Example.all()) {
      JsonNode golden = read(example.folder().resolve(GOLDEN));
      boolean anyGrant = false;
      for (JsonNode claim : golden) {
        anyGrant |= claim.path("all").size() > 0 || claim.path("inboxes").size() > 0;
      }
      assertThat(anyGrant).as(example.name()).isTrue();
    }
  }

  private JsonNode claimOf(Example example, String username) throws IOException {
    String token = http.passwordToken(example.name(), CHAT_CLIENT, username, username);
    String payload = token.split("\\.")[1];
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(payload));
    assertThat(claims.has("chat")).as("%s's token has a chat claim", username).isTrue();
    ObjectNode chat = (ObjectNode) claims.get("chat");
    assertThat(chat.path("rev").asText()).as("rev of %s", username).matches("[0-9]+");
    chat.remove("rev");
    return chat;
  }

  private JsonNode export(String realm) {
    JsonResponse response = http.get(documentPath(realm), http.masterAdminToken());
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private JsonResponse importDocument(String realm, JsonNode document, boolean dryRun) {
    return http.put(
        documentPath(realm) + (dryRun ? "?dryRun=true" : ""), http.masterAdminToken(), document);
  }

  private static String documentPath(String realm) {
    return "/admin/realms/" + realm + "/chat-access/document";
  }

  private static JsonNode withoutRealm(JsonNode document) {
    ObjectNode copy = (ObjectNode) document.deepCopy();
    copy.remove("realm");
    return copy;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** One example folder: {@code <name>-realm.json}, {@code <name>.chat-access.json}. */
  record Example(String name) {

    static final Path EXAMPLES_DIR = Path.of(System.getProperty("examples.dir", "."));

    static List<Example> all() {
      try (Stream<Path> folders = Files.list(EXAMPLES_DIR)) {
        return folders
            .filter(f -> Files.isRegularFile(f.resolve(f.getFileName() + ".chat-access.json")))
            .map(f -> new Example(f.getFileName().toString()))
            .sorted(Comparator.comparing(Example::name))
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Example named(String name) {
      return new Example(name);
    }

    Path folder() {
      return EXAMPLES_DIR.resolve(name);
    }

    JsonNode realm() {
      return read(folder().resolve(name + "-realm.json"));
    }

    JsonNode document() {
      return read(folder().resolve(name + ".chat-access.json"));
    }

    List<String> usernames() {
      List<String> usernames = new ArrayList<>();
      for (JsonNode user : realm().path("users")) {
        // a service account (the AuthZEN examples' PEP) has no password and no chat claim
        if (!user.has("serviceAccountClientId")) {
          usernames.add(user.get("username").asText());
        }
      }
      return usernames;
    }
  }
}
