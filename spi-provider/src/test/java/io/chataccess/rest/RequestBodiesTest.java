package io.chataccess.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chataccess.rules.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodiesTest {

  /** A body shaped like the API's: strings, a number, a list. */
  record Sample(String key, String name, Integer seats, java.util.List<String> channels) {}

  @Test
  void reads_a_well_formed_body() {
    Sample license =
        RequestBodies.parse(
            "{\"key\":\"ent\",\"name\":\"Enhanced\",\"seats\":3,\"channels\":[\"web\"]}",
            Sample.class);

    assertThat(license.key()).isEqualTo("ent");
    assertThat(license.seats()).isEqualTo(3);
    assertThat(license.channels()).containsExactly("web");
  }

  @Test
  void an_unknown_field_is_named() {
    ProblemException problem = fail("{\"key\":\"ent\",\"seat\":3}");

    assertThat(problem.problem().status()).isEqualTo(400);
    assertThat(problem.problem().errors()).extracting(FieldError::field).containsExactly("seat");
  }

  @Test
  void a_wrong_type_is_named_with_its_path() {
    ProblemException problem = fail("{\"key\":\"ent\",\"channels\":[\"web\", {}]}");

    assertThat(problem.problem().errors())
        .extracting(FieldError::field)
        .containsExactly("channels[1]");
  }

  @Test
  void a_number_in_a_string_is_not_coerced() {
    ProblemException problem = fail("{\"key\":\"ent\",\"seats\":\"3\"}");

    assertThat(problem.problem().errors()).extracting(FieldError::field).containsExactly("seats");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":5}",
        "{\"name\":1.5}",
        "{\"name\":true}",
        "{\"seats\":1.5}",
        "{\"seats\":true}",
        "{\"seats\":10000000000}",
        "{\"channels\":\"web\"}",
        "{\"channels\":[5]}"
      })
  void scalars_of_the_wrong_type_are_not_coerced(String body) {
    assertThat(fail(body).problem().status()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "{", "[]", "null", "\"text\"", "{} {}", "{\"key\":\"a\"} trailing"})
  void malformed_bodies_are_400(String body) {
    assertThat(fail(body).problem().status()).isEqualTo(400);
  }

  @Test
  void a_duplicate_key_is_rejected() {
    assertThat(fail("{\"key\":\"a\",\"key\":\"b\"}").problem().status()).isEqualTo(400);
  }

  @Test
  void a_huge_body_is_refused_before_parsing() {
    String body = "{\"name\":\"" + "x".repeat(RequestBodies.MAX_BODY_CHARS) + "\"}";

    assertThat(fail(body).problem().status()).isEqualTo(400);
  }

  private static ProblemException fail(String body) {
    return catchThrowableOfType(
        ProblemException.class, () -> RequestBodies.parse(body, Sample.class));
  }
}
