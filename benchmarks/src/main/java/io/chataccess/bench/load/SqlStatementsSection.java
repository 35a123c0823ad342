package io.chataccess.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The SQL statements per refresh grant section: sequential refresh grants per variant for the
 * sample and for the typical, supervisor and heaviest users, counted with the statement probe.
 */
final class SqlStatementsSection {

  private final LoadRun run;
  private final TokenGrants grants;
  private final StatementProbe probe;

  SqlStatementsSection(LoadRun run, TokenGrants grants, StatementProbe probe) {
    this.run = run;
    this.grants = grants;
    this.probe = probe;
  }

  void write(Map<Variant, AtomicReferenceArray<String>> sampleSessions) {
    Progress.log("counting SQL statements per refresh grant");
    int n = run.settings().sqlRequests();
    long idle = 0;
    for (int i = 0; i < 3; i++) {
      long before = probe.prepared();
      idle += probe.prepared() - before;
    }
    double probeCost = idle / 3.0;
    List<String> sample = run.sample();
    Map<String, List<String>> who = new LinkedHashMap<>();
    who.put("sample (round robin over " + sample.size() + ")", sample);
    for (String role : List.of("typical", "supervisor", "heaviest")) {
      who.put(role + " `" + run.user(role) + "`", List.of(run.user(role)));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : who.entrySet()) {
      List<String> row = new ArrayList<>(List.of(entry.getKey()));
      for (Variant variant : Variant.values()) {
        AtomicReferenceArray<String> tokens =
            entry.getValue() == sample
                ? sampleSessions.get(variant)
                : grants.sessions(variant.clientId, entry.getValue());
        for (int i = 0; i < 5; i++) {
          requireOk(grants.refresh(variant.clientId, tokens, i % tokens.length()));
        }
        long before = probe.prepared();
        for (int i = 0; i < n; i++) {
          requireOk(grants.refresh(variant.clientId, tokens, i % tokens.length()));
        }
        long counted = probe.prepared() - before;
        row.add(Markdown.decimal((counted - probeCost) / n, 2));
      }
      rows.add(row);
    }
    Markdown report = run.report();
    report.heading(2, "SQL statements per refresh grant");
    report.paragraph(
        "Statements Hibernate prepared (test-only `keycloak-probe`, Hibernate statistics) over "
            + n
            + " sequential refresh grants after 5 warm ones, divided by "
            + n
            + "; warm caches. Two probe calls in a row differ by "
            + Markdown.decimal(probeCost, 2)
            + " statements (subtracted). Statistics were on"
            + " for the whole run (the probe switches them on at its first call), equally for"
            + " every variant.");
    List<String> header = new ArrayList<>(List.of("user"));
    for (Variant variant : Variant.values()) {
      header.add(variant.label);
    }
    report.table(header, rows);
  }

  private static void requireOk(String error) {
    if (error != null) {
      throw new IllegalStateException(error);
    }
  }
}
