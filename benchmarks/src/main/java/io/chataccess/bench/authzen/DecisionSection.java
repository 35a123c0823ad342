package io.chataccess.bench.authzen;

import io.chataccess.bench.load.KeycloakApi;
import io.chataccess.bench.load.Markdown;
import java.util.ArrayList;
import java.util.List;

/**
 * Setup A: creates {@link DecisionRealm}, checks that every variant answers every case as expected
 * (the run fails otherwise), then measures decision throughput and latency ({@link Throughput}).
 */
final class DecisionSection {

  private final AuthzenSettings settings;
  private final KeycloakApi api;
  private final Markdown report;

  DecisionSection(AuthzenSettings settings, KeycloakApi api, Markdown report) {
    this.settings = settings;
    this.api = api;
    this.report = report;
  }

  void run() throws Exception {
    String realm = DecisionRealm.REALM;
    if (api.get("/admin/realms/" + realm).status() == 200) {
      api.delete("/admin/realms/" + realm).expect(204, "delete realm");
    }
    Log.log("setup A: importing the realm " + realm);
    api.post("/admin/realms", DecisionRealm.realmJson()).expect(201, "realm import");
    api.put("/admin/realms/" + realm + "/chat-access/document", DecisionRealm.chatDocument())
        .expect(200, "chat-access document");
    Pdp.grantCheckRole(api, realm);
    Pdp pdp = Pdp.of(api, settings.baseUrl(), realm);
    List<DecisionVariant> variants = new ArrayList<>(List.of(DecisionVariant.values()));
    String keycloakNote = "";
    if (!settings.keycloakAuthzen()) {
      variants.remove(DecisionVariant.KEYCLOAK_AUTHZEN);
      keycloakNote = "Keycloak's own endpoint was not measured (`AUTHZEN_KEYCLOAK=false`).";
    }
    List<DecisionRealm.Case> all = DecisionRealm.allCases();
    int checked = 0;
    for (DecisionVariant variant : List.copyOf(variants)) {
      try {
        checked += verify(pdp, realm, variant, all);
      } catch (IllegalStateException e) {
        if (variant != DecisionVariant.KEYCLOAK_AUTHZEN) {
          throw e;
        }
        Log.log("Keycloak's AuthZEN endpoint is not usable here: " + e.getMessage());
        variants.remove(variant);
        keycloakNote = "**Keycloak's own endpoint could not be measured**: " + e.getMessage() + ".";
      }
    }
    wellKnown = wellKnown(realm);
    long allowed = all.stream().filter(DecisionRealm.Case::expected).count();
    Log.log("setup A: " + checked + " answers as expected; measuring");
    List<DecisionRealm.Case> mix = DecisionRealm.cases(DecisionRealm.ALLOWED);
    List<Throughput.Result> results = new Throughput(settings, pdp, realm, mix).run(variants);
    write(results, all.size(), allowed, checked, mix, keycloakNote);
  }

  private String wellKnown;

  /** Asks every case once; answers how many were answered as expected (all, or it throws). */
  private static int verify(
      Pdp pdp, String realm, DecisionVariant variant, List<DecisionRealm.Case> all) {
    for (DecisionRealm.Case question : all) {
      var response = pdp.post(variant.path(realm), variant.body(question));
      if (response.status() != 200) {
        throw new IllegalStateException(
            variant.endpoint
                + " answered HTTP "
                + response.status()
                + " "
                + response.abbreviated()
                + " for "
                + question);
      }
      boolean decision = variant.decision(response.json());
      if (decision != question.expected()) {
        throw new IllegalStateException(
            variant.endpoint + " answered " + decision + " for " + question);
      }
    }
    return all.size();
  }

  /**
   * Keycloak's AuthZEN feature and our provider both serve a well-known provider {@code
   * authzen-configuration}: which one answers at {@code /realms/{realm}/.well-known/...}.
   */
  private String wellKnown(String realm) {
    KeycloakApi.Response response =
        api.getPublic("/realms/" + realm + "/.well-known/authzen-configuration");
    String pdp =
        response.status() == 200 ? response.json().path("policy_decision_point").asText() : "";
    String which =
        pdp.endsWith("/chat-access/authzen")
            ? "ours"
            : pdp.isEmpty() ? "neither (HTTP " + response.status() + ")" : "Keycloak's";
    Log.log("well-known authzen-configuration: " + which + " " + pdp);
    return "`GET /realms/"
        + realm
        + "/.well-known/authzen-configuration` (both Keycloak's feature and our provider register a"
        + " well-known provider `authzen-configuration`) answered with "
        + which
        + (pdp.isEmpty()
            ? ""
            : ": `policy_decision_point` " + pdp.replaceAll("^https?://[^/]+", ""))
        + ".";
  }

  private void write(
      List<Throughput.Result> results,
      int cases,
      long allowed,
      int checked,
      List<DecisionRealm.Case> mix,
      String keycloakNote) {
    report.heading(2, "A. Decision throughput");
    report.paragraph(
        "Realm `"
            + DecisionRealm.REALM
            + "`: 2 locations of "
            + DecisionRealm.INBOXES_PER_LOCATION
            + " inboxes; users `agent-a` (realm role `desk-a`), `agent-b` (`desk-b`), `agent-ab`"
            + " (both), `agent-none`. Chat access: role `agent` (`chat.handle=all`) assigned to"
            + " `desk-x` on `loc-x`. Authorization Services on the confidential client `"
            + Pdp.CLIENT
            + "`: one resource per inbox (type `inbox`), scopes `chat.handle` and"
            + " `transcript.view`, role policy `desk-x`, scope permission `chat.handle` on the"
            + " inboxes of `loc-x` with it (enforcing, unanimous). Every call carries the"
            + " service account token of `"
            + Pdp.CLIENT
            + "` (realm role `chat-access-check`; for Keycloak's endpoint, the token's client is"
            + " the resource server). Subjects are named by username in all three.");
    report.paragraph(
        "Checked before measuring: "
            + cases
            + " cases (4 users × 20 inboxes × `chat.handle`, `transcript.view`; "
            + allowed
            + " allowed), "
            + checked
            + " answers, all as expected. The load cycles through the "
            + mix.size()
            + " `chat.handle` cases (half allowed) and checks every answer. "
            + settings.threads()
            + " client threads on 127.0.0.1, warm-up "
            + settings.warmupSeconds()
            + " s per variant, then "
            + settings.rounds()
            + " interleaved rounds of "
            + settings.measureSeconds()
            + " s per variant. "
            + keycloakNote);
    report.paragraph(wellKnown);
    List<List<String>> rows = new ArrayList<>();
    for (Throughput.Result r : results) {
      List<String> rounds = new ArrayList<>();
      r.roundRates().forEach(rate -> rounds.add(String.valueOf(Math.round(rate))));
      rows.add(
          List.of(
              r.variant().label,
              "`" + r.variant().endpoint + "`",
              String.valueOf(r.requests()),
              "**" + Math.round(r.rate()) + "**",
              String.join(", ", rounds),
              Log.millis(r.p50()),
              Log.millis(r.p90()),
              "**" + Log.millis(r.p99()) + "**",
              Log.millis(r.max())));
    }
    report.table(
        List.of(
            "variant",
            "endpoint",
            "requests",
            "requests/s",
            "per round",
            "p50",
            "p90",
            "p99",
            "max"),
        rows);
  }
}
