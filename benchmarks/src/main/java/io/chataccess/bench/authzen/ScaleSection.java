package io.chataccess.bench.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.bench.ScalePolicy;
import io.chataccess.bench.ScaleRealm;
import io.chataccess.bench.ScaleRealmFiles;
import io.chataccess.bench.ScaleRealmSeed;
import io.chataccess.bench.load.KeycloakApi;
import io.chataccess.bench.load.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Setup B: imports the generated 10,000-agent realm (without passwords) and its chat-access
 * document, then times subject searches for three inboxes and resource searches for two users
 * ({@link SearchProbe}); every result set is compared with the pure resolver's ({@link
 * ScaleExpectations}) and a few entries are confirmed by evaluation.
 */
final class ScaleSection {

  static final String ACTION = "chat.handle";

  private final AuthzenSettings settings;
  private final KeycloakApi api;
  private final Markdown report;

  ScaleSection(AuthzenSettings settings, KeycloakApi api, Markdown report) {
    this.settings = settings;
    this.api = api;
    this.report = report;
  }

  void run() {
    String realm = ScaleRealmFiles.REALM;
    ScaleRealm generated = ScaleRealm.generate(ScaleRealmSeed.SEED);
    ScalePolicy policy = new ScalePolicy(generated);
    ScaleRealmFiles files = new ScaleRealmFiles(generated);
    ObjectNode realmJson = files.realmJson("unused", Set.of());
    realmJson.put("accessTokenLifespan", 3600);
    realmJson.putArray("clients").add(KeycloakApi.JSON.valueToTree(Pdp.clientRepresentation(null)));
    String realmBody = KeycloakApi.json(realmJson);
    String document = KeycloakApi.json(files.document());
    if (api.get("/admin/realms/" + realm).status() == 200) {
      Log.log("deleting the existing realm " + realm);
      api.delete("/admin/realms/" + realm).expect(204, "delete realm");
    }
    Log.log("setup B: importing the realm (" + realmBody.length() / 1024 + " KiB)");
    long start = System.nanoTime();
    api.post("/admin/realms", realmBody).expect(201, "scale realm import");
    double realmSeconds = Log.secondsSince(start);
    Log.log("realm imported in " + Markdown.decimal(realmSeconds, 1) + " s; the document");
    start = System.nanoTime();
    api.put("/admin/realms/" + realm + "/chat-access/document", document)
        .expect(200, "scale document import");
    double documentSeconds = Log.secondsSince(start);
    Log.log("document imported in " + Markdown.decimal(documentSeconds, 1) + " s");
    Pdp.grantCheckRole(api, realm);
    Pdp pdp = Pdp.of(api, settings.baseUrl(), realm);
    Log.log("computing the expected results with the pure resolver");
    ScaleExpectations expected = new ScaleExpectations(policy, ACTION);
    SearchProbe probe = new SearchProbe(settings, pdp, api, realm, ACTION);
    String typical = policy.typicalAgent();
    String heaviest = policy.heaviestUser();
    String typicalInbox = expected.inboxesOf(typical).iterator().next();
    List<SearchProbe.Result> subjects = new ArrayList<>();
    subjects.add(
        probe.subjects(typicalInbox, "an inbox of the typical agent `" + typical + "`", expected));
    String median = expected.medianInbox();
    subjects.add(probe.subjects(median, "median number of candidates", expected));
    String busiest = expected.busiestInbox();
    subjects.add(probe.subjects(busiest, "most candidates of all 1,000 inboxes", expected));
    List<SearchProbe.Result> resources = new ArrayList<>();
    resources.add(probe.resources(typical, "typical agent", expected));
    resources.add(probe.resources(heaviest, "heaviest user (most assignments)", expected));
    resources.add(probe.resources(ScaleRealm.SUPERVISOR, "supervisor", expected));
    write(
        realmBody.length(), realmSeconds, document.length(), documentSeconds, subjects, resources);
  }

  private void write(
      int realmBytes,
      double realmSeconds,
      int documentBytes,
      double documentSeconds,
      List<SearchProbe.Result> subjects,
      List<SearchProbe.Result> resources) {
    report.heading(2, "B. Search in the generated 10,000-agent realm");
    report.paragraph(
        "Realm `scale` from `ScaleRealmFiles` (seed "
            + ScaleRealmSeed.SEED
            + "; 200 groups, 10 realm roles, 10,001 users, here **without passwords**), plus the"
            + " confidential client `"
            + Pdp.CLIENT
            + "` with the role `chat-access-check`. Realm import `POST /admin/realms` ("
            + realmBytes / 1024
            + " KiB): "
            + Markdown.decimal(realmSeconds, 1)
            + " s; chat-access document `PUT .../chat-access/document` ("
            + documentBytes / 1024
            + " KiB, 1,050 nodes, 51 roles, 20,000 assignments): "
            + Markdown.decimal(documentSeconds, 1)
            + " s.");
    report.paragraph(
        "Each search: a first request (timed alone: the first search of the realm after the"
            + " imports), then up to "
            + (settings.searchWarmup() - 1)
            + " unmeasured and "
            + settings.searches()
            + " measured sequential requests (one thread) while a budget of "
            + settings.searchBudgetSeconds()
            + " s after the first request lasts (a slow search makes fewer), action `"
            + ACTION
            + "`, `page.limit` 1,000 (the maximum; a search of more results would follow"
            + " `next_token`, and its time is that of all pages). Every answer's result set is"
            + " compared with the pure resolver's on the generated realm (the run fails on a"
            + " difference), and 3 results plus 3 non-results are confirmed by"
            + " `access/v1/evaluation`.");
    report.heading(3, "Subject search (`search/subject`, type `user`, resource an inbox)");
    report.table(SearchProbe.COLUMNS, rows(subjects));
    report.heading(3, "Resource search (`search/resource`, type `inbox`, subject a user)");
    report.table(SearchProbe.COLUMNS, rows(resources));
  }

  private static List<List<String>> rows(List<SearchProbe.Result> results) {
    List<List<String>> rows = new ArrayList<>();
    results.forEach(result -> rows.add(result.row()));
    return rows;
  }

  static String text(JsonNode node) {
    return node == null ? "" : node.asText();
  }
}
