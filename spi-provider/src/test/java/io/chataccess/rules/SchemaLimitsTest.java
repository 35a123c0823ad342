package io.chataccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.policy.Keys;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The chat-access document's JSON Schema (docs/) states the limits of {@link Limits}. */
@DisplayName("The document's JSON Schema states the limits")
class SchemaLimitsTest {

  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws IOException {
    schema =
        new ObjectMapper().readTree(Path.of("../docs/chat-access-document.schema.json").toFile());
  }

  private static int number(String pointer) {
    JsonNode value = schema.at(pointer);
    assertThat(value.isNumber()).as("%s is a number in the schema", pointer).isTrue();
    return value.intValue();
  }

  private static String text(String pointer) {
    JsonNode value = schema.at(pointer);
    assertThat(value.isTextual()).as("%s is a string in the schema", pointer).isTrue();
    return value.textValue();
  }

  @Test
  @DisplayName("lengths of keys, names, descriptions, references, attributes and channels")
  void lengths() {
    assertThat(number("/$defs/key/maxLength")).isEqualTo(Limits.KEY_CHARS);
    assertThat(number("/$defs/permissionKey/maxLength")).isEqualTo(Limits.PERMISSION_KEY_CHARS);
    assertThat(number("/$defs/name/maxLength")).isEqualTo(Limits.NAME_CHARS);
    assertThat(number("/$defs/reference/maxLength")).isEqualTo(Limits.REFERENCE_CHARS);
    assertThat(number("/$defs/channel/maxLength")).isEqualTo(Limits.CHANNEL_CHARS);
    assertThat(number("/properties/roles/items/properties/description/maxLength"))
        .isEqualTo(Limits.DESCRIPTION_CHARS);
    assertThat(number("/properties/permissions/items/properties/description/maxLength"))
        .isEqualTo(Limits.DESCRIPTION_CHARS);
    assertThat(number("/$defs/node/properties/attributes/maxProperties"))
        .isEqualTo(Limits.ATTRIBUTES);
    assertThat(number("/$defs/node/properties/attributes/propertyNames/maxLength"))
        .isEqualTo(Limits.ATTRIBUTE_NAME_CHARS);
    assertThat(number("/$defs/node/properties/attributes/additionalProperties/maxLength"))
        .isEqualTo(Limits.ATTRIBUTE_VALUE_CHARS);
    assertThat(number("/properties/settings/properties/departmentRootGroup/maxLength"))
        .isEqualTo(Limits.REFERENCE_CHARS);
  }

  @Test
  @DisplayName("seats, channels, grants and list sizes")
  void counts() {
    String license = "/properties/licenses/items/properties";
    assertThat(number(license + "/seats/maximum")).isEqualTo(Limits.SEATS);
    assertThat(number(license + "/seats/minimum")).isZero();
    assertThat(number(license + "/channels/maxItems")).isEqualTo(Limits.LICENSE_CHANNELS);
    assertThat(number(license + "/holders/maxItems")).isEqualTo(Limits.LICENSE_HOLDERS);
    assertThat(number("/$defs/grants/maxProperties")).isEqualTo(Limits.GRANTS);
    assertThat(number("/properties/permissions/maxItems")).isEqualTo(Limits.CUSTOM_PERMISSIONS);
    assertThat(number("/properties/inboxes/maxItems")).isEqualTo(Limits.NODES);
    assertThat(number("/properties/licenses/maxItems")).isEqualTo(Limits.LICENSES);
    assertThat(number("/properties/roles/maxItems")).isEqualTo(Limits.ROLES);
    assertThat(number("/properties/roles/items/properties/versions/maxItems"))
        .isEqualTo(Limits.ROLE_VERSIONS);
    assertThat(number("/properties/assignments/maxItems")).isEqualTo(Limits.ASSIGNMENTS);
    assertThat(number("/properties/assignments/items/properties/scope/properties/inboxes/maxItems"))
        .isEqualTo(Limits.ASSIGNMENT_INBOXES);
    assertThat(number("/properties/assignments/items/properties/scope/properties/nodes/maxItems"))
        .isEqualTo(Limits.ASSIGNMENT_NODES);
    assertThat(number("/properties/assignments/items/properties/grants/minProperties")).isOne();
  }

  @Test
  @DisplayName("the key, permission key, channel and source formats")
  void formats() {
    assertThat(text("/$defs/key/pattern")).isEqualTo("^" + Keys.NODE_KEY.pattern() + "$");
    assertThat(text("/$defs/permissionKey/pattern"))
        .isEqualTo("^" + Keys.PERMISSION_KEY.pattern() + "$");
    assertThat(text("/properties/assignments/items/properties/source/pattern"))
        .isEqualTo(
            "^("
                + AssignmentRules.SOURCE.pattern().replace("manual|document", "document|manual")
                + ")$");
    assertThat(text("/$defs/channel/pattern"))
        .contains(
            "custom:[a-z0-9][a-z0-9._-]{0,"
                + (Limits.CHANNEL_CHARS - "custom:".length() - 1)
                + "}");
  }
}
