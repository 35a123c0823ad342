package io.chataccess.integration;

import io.chataccess.testing.JsonResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The broken properties of one operation's tries, grouped into distinct failures (property, status,
 * request shape), each reported once with its first request and response and a count.
 */
final class Violations {

  private final String operation;
  private final long seed;
  private final Map<String, List<String>> distinct = new LinkedHashMap<>();
  private int tries;

  Violations(String operation, long seed) {
    this.operation = operation;
    this.seed = seed;
  }

  void tried() {
    tries++;
  }

  void add(String property, String detail, GeneratedRequest request, JsonResponse response) {
    String key = property + " | " + response.status() + " | " + request.shape();
    distinct
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(
            property
                + ": "
                + detail
                + "\n    request:  "
                + request.describe().replace("\n", "\n      ")
                + "\n    response: "
                + response.status()
                + " "
                + response.header("Content-Type").orElse("(no content type)")
                + " "
                + GeneratedRequest.cut(response.body(), 600));
  }

  boolean isEmpty() {
    return distinct.isEmpty();
  }

  /** One line per distinct failure ({@code operation | property | status | shape}). */
  List<String> summary() {
    return distinct.entrySet().stream()
        .map(e -> operation + " | " + e.getKey() + " | " + e.getValue().size() + "x")
        .toList();
  }

  String report() {
    StringBuilder text =
        new StringBuilder()
            .append(operation)
            .append(": ")
            .append(distinct.size())
            .append(" distinct failures in ")
            .append(tries)
            .append(" tries (reproduce with -Dfuzz.seed=")
            .append(seed)
            .append(")\n");
    distinct.forEach(
        (key, examples) ->
            text.append("\n* ")
                .append(key)
                .append(" (")
                .append(examples.size())
                .append("x)\n  ")
                .append(examples.get(0))
                .append('\n'));
    return text.toString();
  }
}
