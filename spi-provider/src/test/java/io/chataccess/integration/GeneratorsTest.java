package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generators of {@link GeneratedInputIT} produce what they claim: values at the limits they
 * name, and valid values that the documented rules accept. Runs on jqwik's engine, next to the
 * Jupiter tests.
 */
class GeneratorsTest {

  private static final Pattern NODE_KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
  private static final Pattern PERMISSION_KEY =
      Pattern.compile("[a-z][a-z0-9_-]{0,39}(\\.[a-z][a-z0-9_-]{0,39}){1,3}");
  private static final Pattern CHANNEL =
      Pattern.compile(
          "web|in_app|whatsapp|sms|email|messenger|apple|line|custom:[a-z0-9][a-z0-9._-]{0,40}");

  @Property(tries = 50)
  void permission_keys_have_the_length_asked_and_match_the_pattern(
      @ForAll("permissionKeyLengths") int length) {
    String key = HostileValues.permissionKeyOfLength(length).sample();

    assertThat(key).hasSize(length).matches(PERMISSION_KEY);
  }

  @Provide
  Arbitrary<Integer> permissionKeyLengths() {
    return Arbitraries.of(127, 128, 129, 163);
  }

  @Property(tries = 50)
  void keys_of_up_to_63_characters_match_the_node_key_pattern(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 63) int length) {
    assertThat(HostileValues.keyOfLength(length).sample()).hasSize(length).matches(NODE_KEY);
  }

  @Property(tries = 200)
  void valid_keys_match_and_invalid_ones_do_not(@ForAll("keys") FieldValue key) {
    boolean matches = key.json() instanceof String text && NODE_KEY.matcher(text).matches();

    assertThat(matches).as("%s", key).isEqualTo(!key.invalid());
  }

  @Provide
  Arbitrary<FieldValue> keys() {
    return HostileValues.keys();
  }

  @Property(tries = 200)
  void texts_marked_valid_are_within_the_limit(@ForAll("names") FieldValue name) {
    if (!name.invalid()) {
      assertThat(name.json()).isInstanceOf(String.class);
      assertThat(((String) name.json()).length()).as(name.shape()).isBetween(1, 255);
    }
  }

  @Provide
  Arbitrary<FieldValue> names() {
    return HostileValues.names();
  }

  @Property(tries = 100)
  void channel_lists_marked_valid_hold_at_most_64_channels(
      @ForAll @From("channelLists") FieldValue channels) {
    if (!channels.invalid()) {
      List<?> list = (List<?>) channels.json();
      assertThat(list).hasSizeLessThanOrEqualTo(64);
      list.forEach(c -> assertThat((String) c).matches(CHANNEL));
    }
  }

  @Provide
  Arbitrary<FieldValue> channelLists() {
    return LicenseValues.channels();
  }

  @Example
  void long_custom_channels_join_to_more_than_1024_characters() {
    List<String> channels = LicenseValues.customChannels(24, 41);

    assertThat(String.join(",", channels).length()).isGreaterThan(1024);
    channels.forEach(c -> assertThat(c).matches(CHANNEL));
    assertThat(channels).doesNotHaveDuplicates();
  }

  @Example
  void a_path_sets_and_removes_nested_fields_and_list_items() {
    Map<String, Object> body = HostileValues.map("checks", new ArrayList<>(List.of("a")));

    JsonPaths.set(body, "checks[1].owner.id", "x");
    JsonPaths.set(body, "scope.type", "all");
    JsonPaths.remove(body, "checks[0]");

    assertThat(RequestArbitraries.json(body))
        .isEqualTo("{\"checks\":[{\"owner\":{\"id\":\"x\"}}],\"scope\":{\"type\":\"all\"}}");
  }

  @Example
  void a_field_is_named_by_itself_its_parts_its_holder_or_a_field_checked_with_it() {
    assertThat(
            InputProperties.namesAFault(
                List.of("$.licenses[0].seats"), List.of("licenses[0].seats")))
        .isTrue();
    assertThat(InputProperties.namesAFault(List.of("channels[3]"), List.of("channels"))).isTrue();
    assertThat(InputProperties.namesAFault(List.of("subject"), List.of("subject.type"))).isTrue();
    assertThat(InputProperties.namesAFault(List.of("roleId"), List.of("grants"))).isTrue();
    assertThat(
            InputProperties.namesAFault(List.of("checks[0].userId"), List.of("checks[0].username")))
        .isTrue();
    assertThat(InputProperties.namesAFault(List.of("name"), List.of("seats"))).isFalse();
    assertThat(InputProperties.namesAFault(List.of("$"), List.of("seats"))).isFalse();
    assertThat(InputProperties.namesAFault(List.of(), List.of("seats"))).isFalse();
  }
}
