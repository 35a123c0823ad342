package io.chataccess.integration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generated channels and seat limits: built-in and {@code custom:<name>} channels up to 41
 * characters of name, lists of 64, 65 and 100 channels and lists whose joined length passes 1024,
 * seats at 0, 1,000,000, 10,000,000 and beyond.
 */
final class LicenseValues {

  static final List<String> BUILT_IN_CHANNELS =
      List.of("web", "in_app", "whatsapp", "sms", "email", "messenger", "apple", "line");

  private LicenseValues() {}

  /** One channel. */
  static Arbitrary<FieldValue> channel() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(BUILT_IN_CHANNELS).map(c -> FieldValue.valid(c, "channel"))),
        Tuple.of(
            2,
            Arbitraries.of(1, 20, 41)
                .flatMap(HostileValues::keyOfLength)
                .map(k -> FieldValue.valid("custom:" + k, "custom(" + k.length() + ")"))),
        Tuple.of(
            2,
            Arbitraries.of(
                FieldValue.invalid("custom:" + "c".repeat(42), "custom(42)"),
                FieldValue.invalid("custom:", "custom:"),
                FieldValue.invalid("custom:Upper", "custom:Upper"),
                FieldValue.invalid("WEB", "WEB"),
                FieldValue.invalid("fax", "fax"),
                FieldValue.invalid("", "empty"))),
        Tuple.of(1, HostileValues.wrongTypes()));
  }

  /** The channels of a license: at most 64, each a channel. */
  static Arbitrary<FieldValue> channels() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            2,
            Arbitraries.of(BUILT_IN_CHANNELS)
                .list()
                .uniqueElements()
                .ofMaxSize(8)
                .map(l -> FieldValue.valid(l, "channels(" + l.size() + ")"))),
        Tuple.of(
            2,
            Arbitraries.of(63, 64)
                .map(n -> FieldValue.valid(customChannels(n, 4), "channels(" + n + ")"))),
        Tuple.of(
            3,
            Arbitraries.of(24, 30, 64)
                .map(
                    n ->
                        FieldValue.doubtful(
                                customChannels(n, 41),
                                "channels("
                                    + n
                                    + " x custom(41), joined "
                                    + String.join(",", customChannels(n, 41)).length()
                                    + ")")
                            .asEdge())),
        Tuple.of(
            2,
            Arbitraries.of(65, 100)
                .map(n -> FieldValue.invalid(customChannels(n, 4), "channels(" + n + ")"))),
        Tuple.of(
            2,
            Arbitraries.of(
                FieldValue.invalid(Arrays.asList((Object) null), "[null]").asEdge(),
                FieldValue.invalid(Arrays.asList("web", null), "[web, null]"),
                FieldValue.invalid(List.of("fax"), "[fax]"),
                FieldValue.invalid(List.of(5), "[5]"),
                FieldValue.invalid(List.of(List.of("web")), "[[web]]"),
                FieldValue.invalid("web", "string"),
                FieldValue.doubtful(List.of("web", "web"), "[web, web]"))));
  }

  /** {@code count} distinct custom channels with names of {@code nameLength} characters. */
  static List<String> customChannels(int count, int nameLength) {
    List<String> channels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String number = Integer.toString(i);
      channels.add("custom:" + number + "c".repeat(Math.max(0, nameLength - number.length())));
    }
    return channels;
  }

  /** Seat limits: null (unlimited) or 0 to 1,000,000 (the document's limit; REST allows 10^7). */
  static Arbitrary<FieldValue> seats() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            2,
            Arbitraries.of(
                FieldValue.valid(null, "null"),
                FieldValue.valid(0, "0"),
                FieldValue.valid(1, "1"),
                FieldValue.valid(25, "25"),
                FieldValue.valid(1_000_000, "1000000"))),
        Tuple.of(
            1,
            Arbitraries.of(
                FieldValue.doubtful(1_000_001, "1000001"),
                FieldValue.doubtful(10_000_000, "10000000").asEdge())),
        Tuple.of(
            3,
            Arbitraries.of(
                FieldValue.invalid(-1, "-1").asEdge(),
                FieldValue.invalid(Integer.MIN_VALUE, "min int"),
                FieldValue.invalid(10_000_001, "10000001").asEdge(),
                FieldValue.invalid(Integer.MAX_VALUE, "max int"),
                FieldValue.invalid(2_147_483_648L, "max int + 1"),
                FieldValue.invalid(1_000_000_000_000L, "10^12"),
                FieldValue.invalid(1.5, "1.5"),
                FieldValue.invalid("3", "\"3\""),
                FieldValue.invalid(true, "boolean"),
                FieldValue.invalid(List.of(3), "[3]"))));
  }
}
