package io.chataccess.bench.load;

import static io.chataccess.bench.load.LoadBenchmark.REALM;
import static io.chataccess.bench.load.Progress.log;
import static io.chataccess.bench.load.Progress.secondsSince;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.bench.load.KeycloakApi.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The Import section: imports the generated Keycloak realm, then its chat-access document (timed,
 * twice: the second identical import should change nothing). When the whole document does not
 * import, or with {@code LOAD_ASSIGNMENTS_VIA=rest}, the document goes without its assignments and
 * these follow through the REST API ({@link RestAssignmentsStep}).
 */
final class ImportSection {

  private static final List<String> COLUMNS = List.of("step", "what", "seconds", "answer");

  private final LoadRun run;
  private final StatementProbe probe;
  private boolean viaRest;

  ImportSection(LoadRun run, StatementProbe probe) {
    this.run = run;
    this.probe = probe;
    this.viaRest = run.settings().assignmentsViaRest();
  }

  void write() throws IOException {
    importRealm();
    importDocument();
  }

  private void importRealm() throws IOException {
    KeycloakApi api = run.api();
    String realmJson = Files.readString(run.settings().dataDir().resolve(REALM + "-realm.json"));
    if (api.get("/admin/realms/" + REALM).status() == 200) {
      log("deleting the existing realm " + REALM);
      api.delete("/admin/realms/" + REALM).expect(204, "delete realm");
    }
    log("importing the realm (POST /admin/realms, " + realmJson.length() / 1024 + " KiB)");
    long start = System.nanoTime();
    api.post("/admin/realms", realmJson).expect(201, "realm import");
    double seconds = secondsSince(start);
    log("realm imported in " + Markdown.decimal(seconds, 1) + " s");
    run.report().heading(2, "Import");
    run.report()
        .table(
            COLUMNS,
            new ArrayList<>(
                List.of(
                    List.of(
                        "Keycloak realm",
                        "`POST /admin/realms` with `"
                            + REALM
                            + "-realm.json` ("
                            + realmJson.length() / 1024
                            + " KiB: 200 groups, 10 realm roles, 10,001"
                            + " users, "
                            + (run.sample().size() + 3)
                            + " of them with a password)",
                        Markdown.decimal(seconds, 1),
                        "201"))));
  }

  private void importDocument() throws IOException {
    LoadSettings settings = run.settings();
    Markdown report = run.report();
    String document = Files.readString(settings.dataDir().resolve(REALM + ".chat-access.json"));
    JsonNode parsed = KeycloakApi.JSON.readTree(document);
    int keep = settings.documentAssignments();
    if (keep >= 0 && keep < parsed.get("assignments").size()) {
      ArrayNode assignments = (ArrayNode) parsed.get("assignments");
      while (assignments.size() > keep) {
        assignments.remove(assignments.size() - 1);
      }
      document = KeycloakApi.json(parsed);
      report.paragraph(
          "**Smoke run: the document was cut to its first "
              + keep
              + " assignments"
              + " (LOAD_DOCUMENT_ASSIGNMENTS); the figures below are not those of the scale"
              + " realm.**");
    }
    String shape =
        countNodes(parsed.get("inboxes"))
            + " nodes, "
            + parsed.get("roles").size()
            + " roles, "
            + parsed.get("assignments").size()
            + " assignments, "
            + document.length() / 1024
            + " KiB";
    ArrayNode restAssignments = null;
    if (viaRest) {
      restAssignments = (ArrayNode) parsed.get("assignments");
      ((ObjectNode) parsed).remove("assignments");
      document = KeycloakApi.json(parsed);
      shape += "; **without its assignments**, which follow through the REST API";
      report.paragraph(
          "LOAD_ASSIGNMENTS_VIA=rest: the document was imported without its "
              + restAssignments.size()
              + " assignments, and these were then created one request"
              + " each with `POST /admin/realms/"
              + REALM
              + "/chat-access/assignments` ("
              + settings.workers()
              + " workers): the same end state, because the import of the"
              + " whole document takes too long to wait for (see docs/load-benchmark.md).");
    }
    long statementsBefore = probe.prepared();
    log("importing the chat-access document (" + shape + ")");
    double first;
    Response answer;
    boolean failed = false;
    StackSampler sampler = new StackSampler(settings.keycloakPid(), 5000);
    long statementsAfter;
    try {
      long start = System.nanoTime();
      answer = run.api().put("/admin/realms/" + REALM + "/chat-access/document", document);
      first = secondsSince(start);
    } finally {
      sampler.close();
    }
    statementsAfter = probe.prepared();
    if (answer.status() != 200 && !viaRest) {
      log(
          "the whole document failed after "
              + Markdown.decimal(first, 1)
              + " s: "
              + answer.abbreviated());
      importStep(
          "chat-access document, `PUT` of the whole document",
          "`PUT /admin/realms/" + REALM + "/chat-access/document`: " + shape,
          Markdown.decimal(first, 1),
          "**HTTP "
              + answer.status()
              + "** "
              + answer.abbreviated()
              + "; "
              + (statementsAfter - statementsBefore)
              + " SQL statements prepared");
      run.targets()
          .put(
              "Document import under 60 s",
              "**missed**: the whole document did not import; HTTP "
                  + answer.status()
                  + " after "
                  + Markdown.decimal(first, 1)
                  + " s"
                  + (answer.status() == 503 ? " (the server's transaction timeout)" : ""));
      if (sampler.samples() > 0) {
        StackReport.write(report, sampler);
      }
      failed = true;
    }
    if (failed) {
      viaRest = true;
      importDocument();
      return;
    }
    answer.expect(200, "document import");
    log("document imported in " + Markdown.decimal(first, 1) + " s");
    JsonNode changes = answer.json().get("changes");
    importStep(
        "chat-access document, first `PUT`",
        "`PUT /admin/realms/" + REALM + "/chat-access/document`: " + shape,
        Markdown.decimal(first, 1),
        "changed="
            + answer.json().path("changed").asText()
            + ", "
            + changes.size()
            + " changes, "
            + (statementsAfter - statementsBefore)
            + " SQL statements prepared");
    if (restAssignments == null) {
      run.targets()
          .put(
              "Document import under 60 s",
              (first < 60 ? "met" : "**missed**") + ": " + Markdown.decimal(first, 1) + " s");
    } else {
      run.targets()
          .putIfAbsent(
              "Document import under 60 s",
              "not measured in this run (LOAD_ASSIGNMENTS_VIA=rest); see docs/load-benchmark.md");
    }
    if (sampler.samples() > 0) {
      StackReport.write(report, sampler);
    }
    long statementsBefore2 = probe.prepared();
    long start = System.nanoTime();
    Response second = run.api().put("/admin/realms/" + REALM + "/chat-access/document", document);
    double again = secondsSince(start);
    long statementsAfter2 = probe.prepared();
    second.expect(200, "second document import");
    log("identical document again in " + Markdown.decimal(again, 1) + " s");
    importStep(
        "same document, second `PUT`",
        "identical body: should change nothing",
        Markdown.decimal(again, 1),
        "changed="
            + second.json().path("changed").asText()
            + ", "
            + second.json().get("changes").size()
            + " changes, "
            + (statementsAfter2 - statementsBefore2)
            + " SQL statements prepared");
    if (restAssignments != null) {
      new RestAssignmentsStep(run).post(restAssignments);
    }
  }

  /** One step of the import, as a table of its own in the report. */
  private void importStep(String step, String what, String seconds, String answer) {
    run.report().table(COLUMNS, List.of(List.of(step, what, seconds, answer)));
  }

  private static int countNodes(JsonNode nodes) {
    int count = 0;
    if (nodes != null) {
      for (JsonNode node : nodes) {
        count += 1 + countNodes(node.get("children"));
      }
    }
    return count;
  }
}
