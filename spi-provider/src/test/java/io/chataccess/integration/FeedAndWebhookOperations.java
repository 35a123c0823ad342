package io.chataccess.integration;

import static io.chataccess.integration.HostileValues.map;
import static io.chataccess.integration.RequestArbitraries.body;
import static io.chataccess.integration.RequestArbitraries.queries;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated requests for the change feed ({@code GET /changes}, without long polls) and webhooks
 * ({@code POST /webhooks}; their URLs point at a closed loopback port).
 */
final class FeedAndWebhookOperations {

  private static final String CLOSED_PORT_URL = "http://127.0.0.1:9/generated";

  List<Operation> operations() {
    return List.of(
        new Operation(
            "GET /changes",
            Operation.Api.PUBLIC_CHECK,
            2,
            queries(
                "GET",
                "/changes",
                Map.of(
                    "since", revisions(),
                    "max",
                        Arbitraries.of(
                            FieldValue.valid("1", "1"),
                            FieldValue.valid("1000", "1000"),
                            FieldValue.invalid("0", "0"),
                            FieldValue.invalid("1001", "1001").asEdge(),
                            FieldValue.invalid("-1", "-1"),
                            FieldValue.invalid("many", "text")),
                    "wait",
                        Arbitraries.of(
                            FieldValue.valid("0", "0"),
                            FieldValue.invalid("31", "31").asEdge(),
                            FieldValue.invalid("-1", "-1"),
                            FieldValue.invalid("1.5", "decimal")))),
            null),
        Operation.admin(
            "POST /webhooks",
            4,
            body(
                "POST",
                "/webhooks",
                Arbitraries.just(map("url", CLOSED_PORT_URL, "enabled", false)),
                Map.of(
                    "url", urls(),
                    "secret", secrets(),
                    "kinds", kinds(),
                    "enabled", HostileValues.booleans(false),
                    "nodes",
                        Arbitraries.of(
                            FieldValue.valid(List.of(), "[]"),
                            FieldValue.valid(List.of("emea"), "[emea]"),
                            FieldValue.invalid(List.of("EMEA"), "[EMEA]"),
                            FieldValue.invalid(java.util.Arrays.asList((Object) null), "[null]")
                                .asEdge()),
                    "id", Arbitraries.of(FieldValue.invalid("x", "read-only id"))),
                Set.of("url"))));
  }

  /** Cursors: whole numbers in range, far ahead, and not numbers. */
  private static Arbitrary<FieldValue> revisions() {
    return Arbitraries.of(
        FieldValue.doubtful("0", "0"),
        FieldValue.doubtful("1", "1"),
        FieldValue.invalid("999999999999", "ahead"),
        FieldValue.invalid("-1", "-1").asEdge(),
        FieldValue.invalid("9223372036854775808", "overflow"),
        FieldValue.invalid("x", "text"),
        FieldValue.doubtful("", "empty: from now"));
  }

  private static Arbitrary<FieldValue> urls() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            3,
            Arbitraries.of(
                FieldValue.valid(CLOSED_PORT_URL, "http loopback"),
                FieldValue.valid("https://127.0.0.1:9/a?b=c", "https with query"))),
        net.jqwik.api.Tuple.of(
            4,
            Arbitraries.of(
                FieldValue.invalid("ftp://127.0.0.1/x", "ftp"),
                FieldValue.invalid("/relative", "relative"),
                FieldValue.invalid("http://", "no host"),
                FieldValue.invalid("http://127.0.0.1/\u00e9", "non-ASCII"),
                FieldValue.invalid("http://127.0.0.1/\u0000", "nul"),
                FieldValue.invalid("http://127.0.0.1/\uD83D", "lone surrogate").asEdge(),
                FieldValue.invalid("http://127.0.0.1/" + "a".repeat(2040), "url(2057)").asEdge(),
                FieldValue.invalid(null, "null"),
                FieldValue.invalid(5, "number"),
                FieldValue.invalid(List.of("http://x"), "list"))));
  }

  private static Arbitrary<FieldValue> secrets() {
    return Arbitraries.of(
        FieldValue.valid(null, "generated"),
        FieldValue.valid("whsec_" + "QUFB".repeat(8), "24 bytes"),
        FieldValue.invalid("whsec_" + "QUFB".repeat(4), "12 bytes").asEdge(),
        FieldValue.invalid("secret", "no prefix"),
        FieldValue.invalid("whsec_%%%", "not base64"),
        FieldValue.invalid("whsec_\u0000", "nul"),
        FieldValue.invalid(5, "number"));
  }

  private static Arbitrary<FieldValue> kinds() {
    return Arbitraries.of(
        FieldValue.valid(List.of(), "[]"),
        FieldValue.valid(List.of("assignment", "suspension"), "[assignment, suspension]"),
        FieldValue.invalid(List.of("nonsense"), "[nonsense]"),
        FieldValue.invalid(java.util.Arrays.asList((Object) null), "[null]").asEdge(),
        FieldValue.invalid("assignment", "text"),
        FieldValue.invalid(List.of(5), "[5]"));
  }
}
