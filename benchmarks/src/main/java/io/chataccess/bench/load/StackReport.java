package io.chataccess.bench.load;

import java.util.ArrayList;
import java.util.List;

/** Where the server spent a long request: the {@link StackSampler}'s findings as report tables. */
final class StackReport {

  private StackReport() {}

  static void write(Markdown report, StackSampler sampler) {
    report.paragraph(
        "Where the server spent the first `PUT` ("
            + sampler.samples()
            + " `jstack` samples, every 5 s, of the threads inside `io.chataccess`): innermost"
            + " frame of ours, then the frame on top of the stack. "
            + sampler.autoFlushes()
            + " of "
            + sampler.ourThreads()
            + " stacks were inside Hibernate's auto-flush before a query"
            + " (`DefaultAutoFlushEventListener.onAutoFlush`).");
    List<List<String>> rows = new ArrayList<>();
    sampler.ourFrames(8).forEach(e -> rows.add(List.of("`" + e.getKey() + "`", "" + e.getValue())));
    report.table(List.of("innermost io.chataccess frame", "samples"), rows);
    rows.clear();
    sampler.topFrames(8).forEach(e -> rows.add(List.of("`" + e.getKey() + "`", "" + e.getValue())));
    report.table(List.of("top frame", "samples"), rows);
  }
}
