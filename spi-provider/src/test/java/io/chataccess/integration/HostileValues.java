package io.chataccess.integration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of field values: valid-looking ones and hostile ones, at and around every documented
 * limit (names 255, descriptions 2048, keys {@code [a-z0-9][a-z0-9._-]{0,62}}, permission keys of
 * up to four dotted words of 40), with Unicode, control characters, lone surrogates, nulls inside
 * arrays and wrong JSON types mixed in.
 */
final class HostileValues {

  private static final String KEY_FIRST = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String KEY_REST = KEY_FIRST + "._-";

  private HostileValues() {}

  /** Values of the wrong JSON type for a field that takes a string, number or boolean. */
  static Arbitrary<FieldValue> wrongTypes() {
    return Arbitraries.of(
        FieldValue.invalid(42, "number"),
        FieldValue.invalid(-1.5, "decimal"),
        FieldValue.invalid(true, "boolean"),
        FieldValue.invalid(List.of(), "[]"),
        FieldValue.invalid(Arrays.asList((Object) null), "[null]"),
        FieldValue.invalid(Map.of(), "{}"),
        FieldValue.invalidBody(nested(40), "nested(40)"));
  }

  /** A key matching the node-key pattern, {@code length} characters long. */
  static Arbitrary<String> keyOfLength(int length) {
    return concat(
        Arbitraries.strings().withChars(KEY_FIRST).ofLength(1),
        Arbitraries.strings().withChars(KEY_REST).ofLength(length - 1));
  }

  /** Node, license and role keys. */
  static Arbitrary<FieldValue> keys() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            3,
            Arbitraries.integers()
                .between(1, 62)
                .flatMap(HostileValues::keyOfLength)
                .map(k -> FieldValue.valid("g" + k, "key"))),
        Tuple.of(1, keyOfLength(63).map(k -> FieldValue.valid(k, "key(63)"))),
        Tuple.of(2, keyOfLength(64).map(k -> FieldValue.invalid(k, "key(64)").asEdge())),
        Tuple.of(1, keyOfLength(300).map(k -> FieldValue.invalid(k, "key(300)"))),
        Tuple.of(
            3,
            Arbitraries.of(
                FieldValue.invalid("", "empty"),
                FieldValue.invalid("Upper", "upper-case"),
                FieldValue.invalid("-lead", "leading -"),
                FieldValue.invalid(".lead", "leading ."),
                FieldValue.invalid("a b", "space"),
                FieldValue.invalid("a/b", "slash"),
                FieldValue.invalid("../up", "dot-dot"),
                FieldValue.invalid("ключ", "cyrillic"),
                FieldValue.invalid("tab\tkey", "control"),
                FieldValue.invalid("nul\u0000", "nul"),
                FieldValue.invalid("lone\uD83D", "lone surrogate"),
                FieldValue.invalid(null, "null"))),
        Tuple.of(1, wrongTypes()));
  }

  /** Keys of custom permissions: dotted words, up to four of up to 40 characters (163 in all). */
  static Arbitrary<FieldValue> permissionKeys() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            2,
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(12)
                .map(w -> FieldValue.valid("gen." + w, "permission key"))),
        Tuple.of(
            3,
            Arbitraries.of(127, 128, 129, 163)
                .flatMap(HostileValues::permissionKeyOfLength)
                .map(
                    k -> {
                      FieldValue key = FieldValue.doubtful(k, "permission key(" + k.length() + ")");
                      return k.length() > 128 ? key.asEdge() : key;
                    })),
        Tuple.of(
            3,
            Arbitraries.of(
                FieldValue.invalid("nodot", "one word"),
                FieldValue.invalid("Crm.Export", "upper-case"),
                FieldValue.invalid("a.b.c.d.e", "five words").asEdge(),
                FieldValue.invalid("crm." + "x".repeat(41), "word(41)"),
                FieldValue.invalid("crm.export.", "trailing dot"),
                FieldValue.invalid("1crm.export", "leading digit"),
                FieldValue.invalid("crm..export", "empty word"),
                FieldValue.invalid("crm.ex port", "space"),
                FieldValue.invalid("crm.\u00e9xport", "accent"),
                FieldValue.invalid("", "empty"),
                FieldValue.invalid(null, "null"))),
        Tuple.of(1, wrongTypes()));
  }

  /** A valid permission key of exactly {@code length} characters (at most 163). */
  static Arbitrary<String> permissionKeyOfLength(int length) {
    List<Integer> words = new ArrayList<>();
    int left = length;
    while (left > 0) {
      int word = Math.min(40, words.isEmpty() ? left : left - 1);
      words.add(word);
      left -= word + (words.size() == 1 ? 0 : 1);
    }
    Arbitrary<String> key = Arbitraries.just("");
    for (int i = 0; i < words.size(); i++) {
      String separator = i == 0 ? "" : ".";
      Arbitrary<String> word =
          concat(
              Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
              Arbitraries.strings()
                  .withChars("abcdefghijklmnopqrstuvwxyz0123456789_-")
                  .ofLength(words.get(i) - 1));
      key = concat(key, word.map(w -> separator + w));
    }
    return key;
  }

  /** Names: 1 to 255 printable characters. */
  static Arbitrary<FieldValue> names() {
    return texts(255, true);
  }

  /** Descriptions: at most 2048 printable characters (line breaks allowed), optional. */
  static Arbitrary<FieldValue> descriptions() {
    return texts(2048, false);
  }

  /** Free text limited to {@code max} characters; {@code required} texts must not be blank. */
  static Arbitrary<FieldValue> texts(int max, boolean required) {
    Arbitrary<String> printable =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('\u00c0', '\u024f')
            .withChars(" .,-\u4e2d\u6587")
            .ofMinLength(1)
            .ofMaxLength(40);
    return Arbitraries.frequencyOf(
        Tuple.of(2, printable.map(s -> FieldValue.valid("x" + s, "text"))),
        Tuple.of(1, Arbitraries.just(FieldValue.valid("emoji \uD83D\uDE00 ok", "emoji"))),
        Tuple.of(
            2,
            Arbitraries.of(max - 1, max).map(n -> FieldValue.valid(repeat(n), "text(" + n + ")"))),
        Tuple.of(
            3,
            Arbitraries.of(max + 1, max * 2, 1023, 1024, 1025, 5000)
                .map(
                    n -> {
                      FieldValue text = new FieldValue(repeat(n), "text(" + n + ")", n > max);
                      return n == max + 1 || n == 1025 ? text.asEdge() : text;
                    })),
        Tuple.of(
            3,
            Arbitraries.of(
                FieldValue.invalid("bell\u0007", "control"),
                FieldValue.invalid("nul\u0000", "nul"),
                FieldValue.invalid("lone \uD83D", "lone surrogate").asEdge(),
                FieldValue.invalid("\uDE00 low first", "lone low surrogate"),
                FieldValue.invalid("non\uFFFF", "non-character"),
                FieldValue.invalid("tab\tinside", "tab"))),
        Tuple.of(
            1,
            Arbitraries.of(
                new FieldValue("", "empty", required),
                new FieldValue("   ", "blank", required),
                new FieldValue(null, "null", required))),
        Tuple.of(1, wrongTypes()));
  }

  private static String repeat(int length) {
    return "\u00e9x".repeat(length / 2) + (length % 2 == 1 ? "y" : "");
  }

  /** Booleans; {@code required} ones must not be null. */
  static Arbitrary<FieldValue> booleans(boolean required) {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(true, false).map(b -> FieldValue.valid(b, "boolean"))),
        Tuple.of(1, Arbitraries.just(new FieldValue(null, "null", required))),
        Tuple.of(
            2,
            Arbitraries.of(
                FieldValue.invalid("yes", "\"yes\""),
                FieldValue.invalid("true", "\"true\""),
                FieldValue.invalid(1, "1"),
                FieldValue.invalid(0, "0"),
                FieldValue.invalid(List.of(true), "[true]"),
                FieldValue.invalid(Map.of(), "{}"))));
  }

  /** References to existing things ({@code valid}) mixed with ids that name nothing. */
  static Arbitrary<FieldValue> ids(List<String> valid) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(valid).map(id -> FieldValue.valid(id, "existing id"))),
        Tuple.of(
            3,
            Arbitraries.of(
                FieldValue.invalid("00000000-0000-0000-0000-000000000000", "unknown uuid"),
                FieldValue.invalid("", "empty"),
                FieldValue.invalid("x".repeat(300), "text(300)"),
                FieldValue.invalid("../../users", "dot-dot"),
                FieldValue.invalid("id\u0000", "nul"),
                FieldValue.invalid("lone\uD83D", "lone surrogate"))),
        Tuple.of(1, wrongTypes()));
  }

  private static Arbitrary<String> concat(Arbitrary<String> first, Arbitrary<String> second) {
    return Combinators.combine(first, second).as((a, b) -> a + b);
  }

  /** A JSON value nested {@code depth} lists deep. */
  static Object nested(int depth) {
    Object value = "deep";
    for (int i = 0; i < depth; i++) {
      value = List.of(value);
    }
    return value;
  }

  /** A map that keeps nulls and insertion order, from alternating keys and values. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
