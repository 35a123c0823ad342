package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.location;
import static io.chataccess.policy.Fixtures.nodeId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The claims the encoder writes are valid under the published docs/chat-claim.schema.json. */
@DisplayName("The chat claim and its published JSON Schema")
class ClaimSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = load(Path.of("../docs/chat-claim.schema.json"));

  private static final InboxTree TREE =
      new InboxTree(
          List.of(
              location("berlin", null),
              inbox("web-berlin", "berlin", "web"),
              inbox("wa-berlin", "berlin", "whatsapp"),
              location("paris", null),
              inbox("web-paris", "paris", "web")));

  private final ClaimEncoder encoder = new ClaimEncoder();

  private static JsonSchema load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file.toAbsolutePath(), e);
    }
  }

  private static Set<ValidationMessage> problems(JsonNode claim) {
    return SCHEMA.validate(claim);
  }

  private JsonNode encode(
      Grants everywhere, Map<String, Grants> byKey, int limit, List<String> departments) {
    Map<String, Grants> perInbox = new LinkedHashMap<>();
    byKey.forEach((key, grants) -> perInbox.put(nodeId(key), grants));
    ChatClaim claim =
        encoder.encode(
            TREE,
            EffectivePermissions.of(everywhere, perInbox),
            ClaimScope.everything(),
            limit,
            Long.MAX_VALUE,
            List.of("enhanced-chat-user"),
            departments);
    return JSON.valueToTree(claim.toJson());
  }

  @Test
  @DisplayName("a typical agent's claim, with departments")
  void typicalAgent() {
    JsonNode claim =
        encode(
            grants("canned.use", "all"),
            Map.of(
                "web-berlin", grants("chat.handle", "own", "conversation.view", "department"),
                "wa-berlin", grants("chat.handle", "own", "conversation.view", "department")),
            200,
            List.of("support-emea"));

    assertThat(problems(claim)).isEmpty();
    assertThat(claim.get("sets")).hasSize(1);
    assertThat(claim.get("rev").asText()).isEqualTo(Long.toString(Long.MAX_VALUE));
  }

  @Test
  @DisplayName("a supervisor with everything under all, without departments")
  void supervisor() {
    JsonNode claim =
        encode(grants("conversation.view", "all", "conversation.join", "all"), Map.of(), 200, null);

    assertThat(problems(claim)).isEmpty();
    assertThat(claim.has("departments")).isFalse();
  }

  @Test
  @DisplayName("an incomplete claim past the inbox limit, and an empty claim")
  void incompleteAndEmpty() {
    JsonNode incomplete =
        encode(
            Grants.empty(),
            Map.of(
                "web-berlin", grants("chat.handle", "own"),
                "wa-berlin", grants("chat.handle", "all"),
                "web-paris", grants("transcript.view", "own")),
            1,
            List.of());
    JsonNode empty = encode(Grants.empty(), Map.of(), 200, List.of());

    assertThat(incomplete.get("complete").asBoolean()).isFalse();
    assertThat(problems(incomplete)).isEmpty();
    assertThat(problems(empty)).isEmpty();
  }

  @Test
  @DisplayName("the schema refuses what an app could not read: an unknown level, an extra field")
  void theSchemaRejectsBrokenClaims() {
    ObjectNode claim =
        (ObjectNode) encode(grants("chat.handle", "own"), Map.of(), 200, List.of("sales"));
    ObjectNode unknownLevel = claim.deepCopy();
    ((ObjectNode) unknownLevel.get("all")).put("chat.handle", "everything");
    ObjectNode extraField = claim.deepCopy().put("admin", true);
    ObjectNode numericRevision = claim.deepCopy().put("rev", 17);

    assertThat(problems(claim)).isEmpty();
    assertThat(problems(unknownLevel)).isNotEmpty();
    assertThat(problems(extraField)).isNotEmpty();
    assertThat(problems(numericRevision)).isNotEmpty();
  }
}
