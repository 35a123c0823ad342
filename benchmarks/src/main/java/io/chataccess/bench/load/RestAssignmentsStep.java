package io.chataccess.bench.load;

import static io.chataccess.bench.load.Progress.log;
import static io.chataccess.bench.load.Progress.secondsSince;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The import step that creates the document's assignments one request each through the REST API, on
 * the run's workers, and reports how long that took.
 */
final class RestAssignmentsStep {

  private final LoadRun run;

  RestAssignmentsStep(LoadRun run) {
    this.run = run;
  }

  void post(ArrayNode assignments) {
    RestAssignments rest = new RestAssignments(run.api(), LoadBenchmark.REALM);
    log("reading ids for " + assignments.size() + " assignments");
    long start = System.nanoTime();
    rest.resolveIds();
    double resolve = secondsSince(start);
    log("posting " + assignments.size() + " assignments");
    AtomicLong errors = new AtomicLong();
    Map<String, Long> problems = new ConcurrentHashMap<>();
    long posting = System.nanoTime();
    Parallel.forEach(
        run.settings().workers(),
        assignments.size(),
        i -> {
          String error = rest.post(assignments.get(i));
          if (error != null) {
            errors.incrementAndGet();
            if (problems.size() < 5) {
              problems.merge(error, 1L, Long::sum);
            }
          }
        });
    double post = secondsSince(posting);
    log("assignments posted in " + Markdown.decimal(post, 1) + " s, errors " + errors.get());
    run.report()
        .table(
            List.of("step", "what", "seconds", "answer"),
            List.of(
                List.of(
                    "ids for the assignments",
                    "nodes, roles, users (one list call each), group and realm role ids",
                    Markdown.decimal(resolve, 1),
                    rest.nodes() + " nodes"),
                List.of(
                    "assignments via REST",
                    assignments.size()
                        + " x `POST .../chat-access/assignments`, "
                        + run.settings().workers()
                        + " workers",
                    Markdown.decimal(post, 1),
                    Markdown.decimal(assignments.size() / post, 0)
                        + " per s, "
                        + errors.get()
                        + " errors")));
    if (errors.get() > 0) {
      throw new IllegalStateException("assignments failed: " + problems);
    }
  }
}
