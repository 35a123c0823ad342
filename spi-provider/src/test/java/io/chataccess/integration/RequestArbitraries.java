package io.chataccess.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Builds generated requests: a valid body with one or two fields replaced by generated values (or
 * removed, or an unknown field added), bodies that are not a JSON object at all, duplicate keys,
 * query parameters and path segments.
 */
final class RequestArbitraries {

  /** Escapes non-ASCII, so that a lone surrogate reaches the server as sent. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private static final List<String> NOT_OBJECTS =
      List.of(
          "",
          "{",
          "[]",
          "null",
          "\"text\"",
          "42",
          "{\"a\":",
          "{} {}",
          "\u0000",
          "\uFEFF{}",
          "[{}]");

  private RequestArbitraries() {}

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Requests with a JSON body: the valid {@code base} with generated values in its {@code fields}
   * (paths such as {@code subject.id}), of which {@code required} may not be left out.
   */
  static Arbitrary<GeneratedRequest> body(
      String method,
      String path,
      Arbitrary<Map<String, Object>> base,
      Map<String, Arbitrary<FieldValue>> fields,
      Set<String> required) {
    List<String> names = new ArrayList<>(new TreeMap<>(fields).keySet());
    Arbitrary<String> field = Arbitraries.of(names);
    Arbitrary<GeneratedRequest> valid =
        base.map(b -> request(method, path, json(b), List.of(), false, "valid body"));
    Arbitrary<GeneratedRequest> one =
        Combinators.combine(base, field.flatMap(f -> fields.get(f).map(v -> Tuple.of(f, v))))
            .as(
                (b, change) -> {
                  Map<String, Object> body = JsonPaths.copy(b);
                  JsonPaths.set(body, change.get1(), change.get2().json());
                  return edge(
                      request(
                          method,
                          path,
                          json(body),
                          faults(change),
                          change.get2().invalid(),
                          change.get1() + "=" + change.get2().shape()),
                      change.get2().edge());
                });
    Arbitrary<GeneratedRequest> two =
        names.size() < 2
            ? one
            : Combinators.combine(
                    base,
                    Arbitraries.of(names)
                        .list()
                        .uniqueElements()
                        .ofSize(2)
                        // a field and one inside it: the second change overwrites the first, whose
                        // fault then is not in the body (seed 8038978969414529963)
                        .filter(
                            pair ->
                                !pair.get(0).startsWith(pair.get(1) + ".")
                                    && !pair.get(1).startsWith(pair.get(0) + "."))
                        .flatMap(
                            pair ->
                                Combinators.combine(
                                        fields.get(pair.get(0)), fields.get(pair.get(1)))
                                    .as(
                                        (a, b) ->
                                            List.of(
                                                Tuple.of(pair.get(0), a),
                                                Tuple.of(pair.get(1), b)))))
                .as(
                    (b, changes) -> {
                      Map<String, Object> body = JsonPaths.copy(b);
                      List<String> faults = new ArrayList<>();
                      List<String> shapes = new ArrayList<>();
                      boolean invalid = false;
                      for (Tuple.Tuple2<String, FieldValue> change : changes) {
                        JsonPaths.set(body, change.get1(), change.get2().json());
                        faults.addAll(faults(change));
                        shapes.add(change.get1() + "=" + change.get2().shape());
                        invalid |= change.get2().invalid();
                      }
                      // a body-level error (too deep) hides the fields, whichever else is wrong
                      boolean bodyLevel =
                          changes.stream()
                              .anyMatch(c -> c.get2().invalid() && !c.get2().namesField());
                      if (bodyLevel) {
                        faults.clear();
                      }
                      return request(
                          method, path, json(body), faults, invalid, String.join(", ", shapes));
                    });
    Arbitrary<GeneratedRequest> removed =
        Combinators.combine(base, field)
            .as(
                (b, f) -> {
                  Map<String, Object> body = JsonPaths.copy(b);
                  JsonPaths.remove(body, f);
                  boolean missing = required.contains(f);
                  return request(
                      method,
                      path,
                      json(body),
                      missing ? List.of(f) : List.of(),
                      missing,
                      "without " + f);
                });
    Arbitrary<GeneratedRequest> unknown =
        Combinators.combine(base, Arbitraries.of("unexpected", "seat", "Key", "id2"))
            .as(
                (b, extra) -> {
                  Map<String, Object> body = JsonPaths.copy(b);
                  body.put(extra, "x");
                  return request(
                      method, path, json(body), List.of(extra), true, "unknown field " + extra);
                });
    return Arbitraries.frequencyOf(
        Tuple.of(2, valid),
        Tuple.of(12, one),
        Tuple.of(2, two),
        Tuple.of(1, removed),
        Tuple.of(1, unknown),
        Tuple.of(1, notObjects(method, path)),
        Tuple.of(1, duplicateKeys(method, path, base)));
  }

  /** A field is known to be at fault only when its value is invalid on its own. */
  private static List<String> faults(Tuple.Tuple2<String, FieldValue> change) {
    return change.get2().invalid() && change.get2().namesField()
        ? List.of(change.get1())
        : List.of();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** Bodies that are no JSON object: malformed, other types, trailing garbage, too deep. */
  static Arbitrary<GeneratedRequest> notObjects(String method, String path) {
    return Arbitraries.frequencyOf(
        Tuple.of(
            4,
            Arbitraries.of(NOT_OBJECTS)
                .map(raw -> request(method, path, raw, List.of(), true, "raw " + shapeOf(raw)))),
        Tuple.of(
            1,
            Arbitraries.of(200, 5000)
                .map(
                    depth ->
                        request(
                            method,
                            path,
                            "[".repeat(depth) + "]".repeat(depth),
                            List.of(),
                            true,
                            "arrays nested " + depth + " deep"))));
  }

  /** A valid body whose first field appears twice. */
  static Arbitrary<GeneratedRequest> duplicateKeys(
      String method, String path, Arbitrary<Map<String, Object>> base) {
    return base.map(
        b -> {
          String body = json(b);
          Map.Entry<String, Object> first = b.entrySet().iterator().next();
          String duplicated =
              "{" + json(first.getKey()) + ":" + json(first.getValue()) + "," + body.substring(1);
          return request(method, path, duplicated, List.of(), true, "duplicate " + first.getKey());
        });
  }

  /**
   * Requests with generated query parameters on {@code path}; each parameter is left out half of
   * the time. The fields at fault are the parameters with invalid values.
   */
  static Arbitrary<GeneratedRequest> queries(
      String method, String path, Map<String, Arbitrary<FieldValue>> params) {
    List<String> names = new ArrayList<>(new TreeMap<>(params).keySet());
    Arbitrary<List<Tuple.Tuple2<String, FieldValue>>> chosen = Arbitraries.just(List.of());
    for (String name : names) {
      Arbitrary<List<Tuple.Tuple2<String, FieldValue>>> previous = chosen;
      Arbitrary<java.util.Optional<FieldValue>> value = params.get(name).optional(0.5);
      chosen =
          Combinators.combine(previous, value)
              .as(
                  (list, v) -> {
                    List<Tuple.Tuple2<String, FieldValue>> next = new ArrayList<>(list);
                    v.ifPresent(present -> next.add(Tuple.of(name, present)));
                    return next;
                  });
    }
    return chosen.map(
        list -> {
          StringBuilder query = new StringBuilder();
          List<String> faults = new ArrayList<>();
          List<String> shapes = new ArrayList<>();
          for (Tuple.Tuple2<String, FieldValue> param : list) {
            query.append(query.length() == 0 ? "?" : "&").append(param.get1()).append('=');
            query.append(encode(String.valueOf(param.get2().json())));
            shapes.add(param.get1() + "=" + param.get2().shape());
            if (param.get2().invalid()) {
              faults.add(param.get1());
            }
          }
          return request(
              method,
              path + query,
              null,
              faults,
              !faults.isEmpty(),
              shapes.isEmpty() ? "no parameters" : String.join(" ", shapes));
        });
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static GeneratedRequest request(
      String method, String path, String body, List<String> faults, boolean invalid, String shape) {
    return new GeneratedRequest(
        method,
        path,
        Map.of(),
        body == null ? null : GeneratedRequest.JSON,
        body,
        faults,
        invalid,
        shape);
  }

  static GeneratedRequest edge(GeneratedRequest request, boolean edge) {
    return new GeneratedRequest(
        request.method(),
        request.path(),
        request.headers(),
        request.contentType(),
        request.body(),
        request.faults(),
        request.invalid(),
        request.shape(),
        edge);
  }

  static GeneratedRequest withHeader(GeneratedRequest request, String name, String value) {
    Map<String, String> headers = new LinkedHashMap<>(request.headers());
    headers.put(name, value);
    return new GeneratedRequest(
        request.method(),
        request.path(),
        headers,
        request.contentType(),
        request.body(),
        request.faults(),
        request.invalid(),
        request.shape(),
        request.edge());
  }

  private static String shapeOf(String raw) {
    return raw.isEmpty() ? "(empty)" : GeneratedRequest.cut(json(raw), 20);
  }
}
