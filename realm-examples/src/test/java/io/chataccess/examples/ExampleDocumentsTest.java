package io.chataccess.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example folders of realm-examples are fixtures: every realm JSON must import, and every
 * chat-access document must be consistent with its realm, or the examples would go stale without a
 * server ever noticing. No server is started here.
 */
@DisplayName("Example realms and their chat-access documents")
class ExampleDocumentsTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final String REALM_SUFFIX = "-realm.json";
  private static final String DOCUMENT_SUFFIX = ".chat-access.json";

  private static final List<String> SCENARIOS =
      List.of(
          "licensed-reps", "three-tier", "multi-location", "contact-centre", "permission-profiles");

  /** realm-examples itself: surefire runs in the module and sets {@code basedir}. */
  private static Path examples() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  /** Files of {@code realm-examples/<folder>/} whose name ends with {@code suffix}. */
  private static List<Path> filesEndingWith(String suffix) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> folders = Files.list(examples())) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> inFolder = Files.list(folder)) {
          inFolder
              .filter(f -> f.getFileName().toString().endsWith(suffix))
              .sorted()
              .forEach(files::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static Stream<Arguments> realmFiles() {
    return filesEndingWith(REALM_SUFFIX).stream().map(f -> Arguments.of(label(f), f));
  }

  static Stream<Arguments> documents() {
    return filesEndingWith(DOCUMENT_SUFFIX).stream().map(f -> Arguments.of(label(f), f));
  }

  private static String label(Path file) {
    return file.getParent().getFileName() + "/" + file.getFileName();
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + file, e);
    }
  }

  private static String realmName(Path document) {
    String name = document.getFileName().toString();
    return name.substring(0, name.length() - DOCUMENT_SUFFIX.length());
  }

  @Test
  @DisplayName("every scenario of the design has its folder with realm, document and README")
  void every_scenario_has_its_folder() {
    for (String scenario : SCENARIOS) {
      Path folder = examples().resolve(scenario);
      assertThat(folder.resolve(scenario + REALM_SUFFIX)).isRegularFile();
      assertThat(folder.resolve(scenario + DOCUMENT_SUFFIX)).isRegularFile();
      assertThat(folder.resolve("README.md")).isRegularFile();
    }
    assertThat(documents()).hasSizeGreaterThanOrEqualTo(SCENARIOS.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realmFiles")
  @DisplayName("a realm JSON declares what its users name, and every demo user can sign in")
  void realm_json_is_consistent(String label, Path file) {
    String fileName = file.getFileName().toString();
    String expectedName = fileName.substring(0, fileName.length() - REALM_SUFFIX.length());

    List<String> problems = ImportableRealmCheck.problems(read(file), expectedName);

    assertThat(problems).as(label).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  @DisplayName("a chat-access document refers only to what its realm and itself declare")
  void document_is_consistent_with_its_realm(String label, Path file) {
    Path realmFile = file.resolveSibling(realmName(file) + REALM_SUFFIX);
    assertThat(realmFile).as("the realm JSON beside " + label).isRegularFile();
    JsonNode realm = read(realmFile);
    List<String> problems = new ArrayList<>();
    RealmIndex index = RealmIndex.of(realm, problems);

    problems.addAll(DocumentCheck.problems(read(file), index));
    problems.addAll(ScenarioRealmCheck.problems(realm));

    assertThat(problems).as(label).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  @DisplayName("a scenario README names every demo user and links the expected claims")
  void readme_names_every_user(String label, Path file) throws IOException {
    Path readme = file.resolveSibling("README.md");
    assertThat(readme).as("README.md beside " + label).isRegularFile();
    String text = Files.readString(readme);
    JsonNode realm = read(file.resolveSibling(realmName(file) + REALM_SUFFIX));

    for (JsonNode user : realm.path("users")) {
      assertThat(text).as(label).contains("`" + user.path("username").asText() + "`");
    }
    assertThat(text).as(label).contains("## Token claims").contains("(expected-claims.json)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  @DisplayName("a chat-access document is valid under the published JSON Schema")
  void document_follows_the_published_schema(String label, Path file) {
    PublishedSchema schema = PublishedSchema.inDocs(examples(), "chat-access-document.schema.json");

    assertThat(schema.problems(read(file))).as(label).isEmpty();
  }

  @Test
  @DisplayName("the published JSON Schema rejects a document with an unknown level")
  void the_schema_rejects_an_unknown_level() {
    PublishedSchema schema = PublishedSchema.inDocs(examples(), "chat-access-document.schema.json");
    ObjectNode document =
        (ObjectNode) read(examples().resolve("licensed-reps/licensed-reps" + DOCUMENT_SUFFIX));
    ObjectNode grants =
        (ObjectNode) document.path("roles").get(0).path("versions").get(0).path("grants");
    grants.put("chat.handle", "everything");

    assertThat(schema.problems(document)).isNotEmpty();
  }

  /** The checks above are only worth something if they catch a broken document. */
  @Nested
  @DisplayName("the consistency check catches")
  class Breakage {

    private final Path folder = examples().resolve("licensed-reps");

    private List<String> problemsAfter(Consumer<ObjectNode> breakIt) {
      ObjectNode document = (ObjectNode) read(folder.resolve("licensed-reps" + DOCUMENT_SUFFIX));
      breakIt.accept(document);
      List<String> ignored = new ArrayList<>();
      return DocumentCheck.problems(
          document, RealmIndex.of(read(folder.resolve("licensed-reps" + REALM_SUFFIX)), ignored));
    }

    static Stream<Arguments> breakages() {
      return Stream.of(
          Arguments.of(
              "a format it does not know",
              (Consumer<ObjectNode>) d -> d.put("format", 2),
              "$.format: must be 1"),
          Arguments.of(
              "more holders than seats",
              (Consumer<ObjectNode>) d -> license(d).put("seats", 2),
              "$.licenses[0].holders: 3 holders, only 2 seats"),
          Arguments.of(
              "a holder the realm does not have",
              (Consumer<ObjectNode>) d -> license(d).withArray("holders").add("zoe"),
              "$.licenses[0].holders[3]: unknown user zoe"),
          Arguments.of(
              "an assignment to an unknown user",
              (Consumer<ObjectNode>) d -> assignment(d, 0).put("user", "zoe"),
              "$.assignments[0].user: unknown user zoe"),
          Arguments.of(
              "an unknown group path",
              (Consumer<ObjectNode>) d -> assignment(d, 1).put("group", "/front-office"),
              "$.assignments[1].group: unknown group /front-office"),
          Arguments.of(
              "an unknown realm role",
              (Consumer<ObjectNode>) d -> assignment(d, 2).put("realmRole", "chat-reps"),
              "$.assignments[2].realmRole: unknown realm role chat-reps"),
          Arguments.of(
              "a scope on a node the tree does not have",
              (Consumer<ObjectNode>)
                  d -> assignment(d, 0).putObject("scope").put("node", "nowhere"),
              "$.assignments[0].scope.node: unknown node nowhere"),
          Arguments.of(
              "a role key no role has",
              (Consumer<ObjectNode>) d -> assignment(d, 0).put("role", "superviser"),
              "$.assignments[0].role: unknown role superviser"),
          Arguments.of(
              "a pin to a version the role does not have",
              (Consumer<ObjectNode>) d -> assignment(d, 2).put("version", 2),
              "$.assignments[2].version: role rep has versions 1 to 1"),
          Arguments.of(
              "a permission neither built in nor declared",
              (Consumer<ObjectNode>) d -> grants(d).put("crm.export", "all"),
              "$.roles[0].versions[0].grants.crm.export: neither built in nor declared"),
          Arguments.of(
              "a yes/no permission at a scoped level",
              (Consumer<ObjectNode>) d -> grants(d).put("canned.use", "own"),
              "$.roles[0].versions[0].grants.canned.use: own is not a level of a BOOLEAN"),
          Arguments.of(
              "a node key used twice",
              (Consumer<ObjectNode>)
                  d ->
                      d.withArray("inboxes")
                          .addObject()
                          .put("key", "web-chat")
                          .put("type", "inbox")
                          .put("channel", "web")
                          .put("name", "Another web chat"),
              "$.inboxes[3].key: web-chat appears twice in the tree"),
          Arguments.of(
              "a role key used twice",
              (Consumer<ObjectNode>)
                  d -> d.withArray("roles").add(d.withArray("roles").get(0).deepCopy()),
              "$.roles[3].key: rep appears twice"),
          Arguments.of(
              "a misspelt field",
              (Consumer<ObjectNode>) d -> license(d).put("seat", 3),
              "$.licenses[0].seat: unknown field"));
    }

    private static ObjectNode license(ObjectNode document) {
      return (ObjectNode) document.withArray("licenses").get(0);
    }

    private static ObjectNode assignment(ObjectNode document, int index) {
      return (ObjectNode) document.withArray("assignments").get(index);
    }

    private static ObjectNode grants(ObjectNode document) {
      return (ObjectNode) document.withArray("roles").get(0).get("versions").get(0).get("grants");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void a_broken_document(String what, Consumer<ObjectNode> breakIt, String expected) {
      assertThat(problemsAfter(d -> {})).isEmpty();

      assertThat(problemsAfter(breakIt)).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    @DisplayName("a key written twice in one JSON object")
    void a_duplicate_json_key() {
      assertThatThrownBy(() -> JSON.readTree("{\"format\": 1, \"format\": 1}"))
          .isInstanceOf(JsonProcessingException.class)
          .hasMessageContaining("Duplicate field 'format'");
    }
  }
}
