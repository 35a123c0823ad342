package io.chataccess.integration;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generated values of query parameters: paging ({@code first}, {@code max}) and flags. */
final class QueryValues {

  private QueryValues() {}

  /** Values of {@code first} (no upper limit) and {@code max} (at most 1000). */
  static Arbitrary<FieldValue> paging(boolean isMax) {
    return Arbitraries.of(
        FieldValue.valid("0", "0"),
        FieldValue.valid("3", "3"),
        FieldValue.valid("1000", "1000"),
        FieldValue.valid("", "empty"),
        new FieldValue("1001", "1001", isMax),
        FieldValue.invalid("-1", "-1"),
        FieldValue.invalid("abc", "abc"),
        FieldValue.invalid("1.5", "1.5"),
        FieldValue.invalid("99999999999", "99999999999"),
        FieldValue.invalid("\uD83D\uDE00", "emoji"));
  }

  /** {@code first} and {@code max}. */
  static Map<String, Arbitrary<FieldValue>> paging() {
    return Map.of("first", paging(false), "max", paging(true));
  }

  static Arbitrary<FieldValue> flag() {
    return Arbitraries.of(
        FieldValue.valid("true", "true"),
        FieldValue.valid("false", "false"),
        FieldValue.invalid("yes", "yes"),
        FieldValue.invalid("TRUE", "TRUE"),
        FieldValue.invalid("1", "1"),
        FieldValue.invalid("x".repeat(300), "text(300)"));
  }
}
