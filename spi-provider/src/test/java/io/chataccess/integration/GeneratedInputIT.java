package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Generated input on every operation of the admin and public API. For every generated request: no
 * 5xx; every 4xx is a problem document; every 400 of a request with a field at fault names it; a
 * request the documentation forbids is rejected; and after every rejection the realm's exported
 * document and revision are as before. After every accepted write, the export re-imports (dry run)
 * as no change (until that fails once: later writes would repeat it).
 *
 * <p>Inputs come from jqwik's generators, drawn in a {@link JqwikSession} from a seeded random
 * (printed; {@code -Dfuzz.seed} repeats a run), inside a Jupiter test factory: so the harness's
 * server extension runs as for every other test, and one run lists every distinct failure of an
 * operation rather than stopping at the first. {@code -Dfuzz.tries} sets the total of random tries
 * (default 500); each operation also sends its edge values twice (a limit just passed, a null in an
 * array, a null section), found among {@code -Dfuzz.edgeDraws} in-memory draws (default 1500).
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Generated input: no 5xx, problem documents, rejected requests change nothing")
class GeneratedInputIT {

  private static final int TRIES = Integer.getInteger("fuzz.tries", 500);

  /** Draws per operation, in memory, to find its edge values (sent once each, first). */
  private static final int EDGE_DRAWS = Integer.getInteger("fuzz.edgeDraws", 1500);

  private static final long SEED =
      Long.getLong("fuzz.seed", new Random().nextLong() & Long.MAX_VALUE);
  private static final Path REPORT = Path.of("target", "generated-input", "failures.txt");

  private KeycloakHttp http;
  private TestRealm realm;
  private GeneratedRequestSender sender;
  private Fixtures fixtures;
  private String snapshot;

  /** Once the export no longer re-imports, later writes would only repeat the first failure. */
  private boolean fixedPointBroken;

  private final List<String> allFailures = new ArrayList<>();

  @BeforeAll
  void createRealm(KeycloakHttp http) throws IOException {
    this.http = http;
    realm = TestRealm.create(http, "fuzz");
    RealmRepresentation settings = realm.admin().toRepresentation();
    settings.setAccessTokenLifespan(3600);
    realm.admin().update(settings);
    fixtures = FuzzFixtures.create(realm);
    sender =
        new GeneratedRequestSender(
            http,
            realm.name(),
            realm.managerToken(),
            realm.token("alice"),
            realm.serviceAccountToken("fuzz-checker", true));
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, "seed " + SEED + ", " + TRIES + " tries\n");
    System.out.printf(
        "GeneratedInputIT: seed %d, %d tries (-Dfuzz.seed, -Dfuzz.tries)%n", SEED, TRIES);
  }

  @AfterAll
  void removeRealm() throws IOException {
    Files.writeString(
        REPORT, String.join("\n", allFailures) + "\n", java.nio.file.StandardOpenOption.APPEND);
    realm.close();
  }

  /** The operations, public API first (before settings change the departments), document last. */
  private List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    List<Operation> users = new UserAndRealmOperations(fixtures).operations();
    users.stream().filter(o -> o.api() != Operation.Api.ADMIN).forEach(operations::add);
    operations.addAll(new FeedAndWebhookOperations().operations());
    operations.addAll(
        FuzzFixtures.withVictims(new TreeAndLicenseOperations(fixtures).operations(), realm));
    operations.addAll(
        FuzzFixtures.withVictims(new RoleAndAssignmentOperations(fixtures).operations(), realm));
    users.stream()
        .filter(o -> o.api() == Operation.Api.ADMIN)
        .forEach(o -> operations.add(FuzzFixtures.withVictim(o, realm)));
    return operations;
  }

  @TestFactory
  Stream<DynamicTest> every_operation_under_generated_input() {
    List<Operation> operations = operations();
    List<Operation> documents = DocumentOperations.operations(realm.name());
    int weights =
        Stream.concat(operations.stream(), documents.stream()).mapToInt(Operation::weight).sum();
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation operation : operations) {
      int tries = Math.max(2, TRIES * operation.weight() / weights);
      tests.add(DynamicTest.dynamicTest(operation.name(), () -> run(operation, tries)));
    }
    // before the document imports, which may replace the fixtures
    for (Operation operation : operations) {
      if (operation.name().startsWith("POST ") || operation.name().startsWith("PUT ")) {
        tests.add(
            DynamicTest.dynamicTest(
                operation.name() + " with other content types", () -> runContentTypes(operation)));
      }
    }
    for (Operation operation : documents) {
      int tries = Math.max(2, TRIES * operation.weight() / weights);
      tests.add(DynamicTest.dynamicTest(operation.name(), () -> run(operation, tries)));
    }
    return tests.stream();
  }

  private void run(Operation operation, int tries) {
    List<GeneratedRequest> requests =
        generate(operation, tries, SEED ^ operation.name().hashCode());
    Violations violations = new Violations(operation.name(), SEED);
    for (GeneratedRequest request : requests) {
      tryOne(operation, withVictim(operation, request), violations);
    }
    finish(operation.name(), violations);
  }

  /** One valid body of the operation, sent with every other content type (and with none). */
  private void runContentTypes(Operation operation) {
    String name = operation.name() + " with other content types";
    GeneratedRequest valid =
        generate(operation, 300, SEED ^ name.hashCode()).stream()
            .filter(r -> r.shape().equals("valid body"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no valid body generated for " + name));
    Violations violations = new Violations(name, SEED);
    for (GeneratedRequest request : ContentTypes.variants(valid)) {
      tryOne(operation, request, violations);
    }
    finish(name, violations);
  }

  private void tryOne(Operation operation, GeneratedRequest request, Violations violations) {
    String before = snapshot();
    JsonResponse response = sender.send(operation.api(), request);
    violations.tried();
    InputProperties.broken(request, response)
        .forEach(broken -> violations.add(broken[0], broken[1], request, response));
    if (response.status() >= 400 && response.status() < 500) {
      String after = readSnapshot();
      if (!after.equals(before)) {
        violations.add(InputProperties.UNCHANGED, changes(before, after), request, response);
      }
      snapshot = after;
    } else if (request.isWrite()) {
      snapshot = null;
      if (response.status() < 300 && !fixedPointBroken) {
        checkFixedPoint(request, violations);
      }
    }
  }

  private void finish(String name, Violations violations) {
    allFailures.addAll(violations.summary());
    System.out.println(violations.isEmpty() ? name + ": ok" : violations.report());
    assertThat(violations.isEmpty()).as(violations.report()).isTrue();
  }

  /**
   * Draws the requests with jqwik's generators from a random seeded for this operation: first every
   * distinct edge found in {@link #EDGE_DRAWS} draws (twice), then {@code tries} draws.
   */
  private static List<GeneratedRequest> generate(Operation operation, int tries, long seed) {
    // each edge twice, on two drawn bodies, as some traps need a certain body around them
    Map<String, List<GeneratedRequest>> edges = new LinkedHashMap<>();
    List<GeneratedRequest> requests = new ArrayList<>();
    JqwikSession.start();
    try {
      Random random = new Random(seed);
      RandomGenerator<GeneratedRequest> generator = operation.requests().generator(100, true);
      for (int i = 0; i < EDGE_DRAWS; i++) {
        GeneratedRequest request = generator.next(random).value();
        if (request.edge()) {
          List<GeneratedRequest> same =
              edges.computeIfAbsent(request.shape(), k -> new ArrayList<>());
          if (same.size() < 2) {
            same.add(request);
          }
        }
      }
      edges.values().forEach(requests::addAll);
      for (int i = 0; i < tries; i++) {
        requests.add(generator.next(random).value());
      }
    } finally {
      JqwikSession.finish();
    }
    return requests;
  }

  private GeneratedRequest withVictim(Operation operation, GeneratedRequest request) {
    if (!request.path().contains(PathIds.VICTIM)) {
      return request;
    }
    String id = RequestArbitraries.encode(operation.victim().get());
    snapshot = null;
    return new GeneratedRequest(
        request.method(),
        request.path().replace(PathIds.VICTIM, id),
        request.headers(),
        request.contentType(),
        request.body(),
        request.faults(),
        request.invalid(),
        request.shape(),
        request.edge());
  }

  /** The realm's document and revision, read again after every accepted write. */
  private String snapshot() {
    if (snapshot == null) {
      snapshot = readSnapshot();
    }
    return snapshot;
  }

  private String readSnapshot() {
    JsonResponse document = realm.get("/document");
    JsonResponse settings = realm.get("/settings");
    assertThat(document.status()).as("GET /document: %s", document).isEqualTo(200);
    assertThat(settings.status()).as("GET /settings: %s", settings).isEqualTo(200);
    return document.body() + "\nrevision " + settings.json().get("revision").asText();
  }

  /** After an accepted write, importing the export (dry run) must change nothing. */
  private void checkFixedPoint(GeneratedRequest cause, Violations violations) {
    String exported = realm.get("/document").body();
    JsonResponse dryRun =
        http.call("PUT", realm.api("/document?dryRun=true"))
            .bearer(realm.managerToken())
            .json(exported)
            .send();
    boolean unchanged = dryRun.status() == 200 && !dryRun.json().path("changed").asBoolean(true);
    if (!unchanged) {
      fixedPointBroken = true;
      violations.add(
          InputProperties.FIXED_POINT,
          "(checked no more in this run) after this accepted write,"
              + " PUT /document?dryRun=true of the export answered "
              + dryRun.status()
              + " "
              + GeneratedRequest.cut(dryRun.body(), 400),
          cause,
          dryRun);
    }
  }

  private static String changes(String before, String after) {
    int common = 0;
    while (common < Math.min(before.length(), after.length())
        && before.charAt(common) == after.charAt(common)) {
      common++;
    }
    int from = Math.max(0, common - 80);
    return "the document or revision changed; before: ..."
        + GeneratedRequest.cut(before.substring(from), 300)
        + " after: ..."
        + GeneratedRequest.cut(after.substring(from), 300);
  }
}
