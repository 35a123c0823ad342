package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.domain.ChangeSet;
import io.chataccess.policy.ChangeKinds;
import io.chataccess.rules.Limits;
import io.chataccess.rules.WebhookSecrets;
import io.chataccess.store.WebhookDelivery;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real database's columns (read through JDBC metadata by the test probe, on H2 and on
 * PostgreSQL) hold every limit of {@link Limits}: each text column of our tables is either an id or
 * bounded by a named limit, and is at least that wide.
 */
@ExtendWith(KeycloakServerExtension.class)
@DisplayName("Database columns hold the limits")
class ColumnLimitsIT {

  /** Text columns and the limit each must hold. */
  private static final Map<String, Integer> TEXT_LIMITS = new LinkedHashMap<>();

  /** Text columns of fixed-vocabulary values (types, levels, modes): at least 16 characters. */
  private static final Set<String> VOCABULARY =
      Set.of(
          "CA_NODE.NODE_TYPE",
          "CA_ROLE_VERSION.SAVE_MODE",
          "CA_ROLE_GRANT.GRANT_LEVEL",
          "CA_ASSIGNMENT.SUBJECT_TYPE",
          "CA_ASSIGNMENT.SCOPE_TYPE",
          "CA_ASSIGNMENT_GRANT.GRANT_LEVEL",
          "CA_PERMISSION.KIND",
          "CA_WEBHOOK_DELIVERY.STATUS");

  static {
    TEXT_LIMITS.put("CA_NODE.NODE_KEY", Limits.KEY_CHARS);
    TEXT_LIMITS.put("CA_NODE.NAME", Limits.NAME_CHARS);
    TEXT_LIMITS.put("CA_NODE.CHANNEL", Limits.CHANNEL_CHARS);
    TEXT_LIMITS.put("CA_NODE_ATTRIBUTE.ATTR_NAME", Limits.ATTRIBUTE_NAME_CHARS);
    TEXT_LIMITS.put("CA_NODE_ATTRIBUTE.ATTR_VALUE", Limits.ATTRIBUTE_VALUE_CHARS);
    TEXT_LIMITS.put("CA_LICENSE_TYPE.LICENSE_KEY", Limits.KEY_CHARS);
    TEXT_LIMITS.put("CA_LICENSE_TYPE.NAME", Limits.NAME_CHARS);
    TEXT_LIMITS.put("CA_LICENSE_TYPE.CHANNELS", Limits.LICENSE_CHANNELS_STORED_CHARS);
    TEXT_LIMITS.put("CA_LICENSE_HOLDER.SOURCE", Limits.SOURCE_CHARS);
    TEXT_LIMITS.put("CA_ROLE.ROLE_KEY", Limits.KEY_CHARS);
    TEXT_LIMITS.put("CA_ROLE.NAME", Limits.NAME_CHARS);
    TEXT_LIMITS.put("CA_ROLE.DESCRIPTION", Limits.DESCRIPTION_CHARS);
    TEXT_LIMITS.put("CA_ROLE_GRANT.PERMISSION", Limits.PERMISSION_KEY_CHARS);
    TEXT_LIMITS.put("CA_ASSIGNMENT.SOURCE", Limits.SOURCE_CHARS);
    TEXT_LIMITS.put("CA_ASSIGNMENT_GRANT.PERMISSION", Limits.PERMISSION_KEY_CHARS);
    TEXT_LIMITS.put("CA_USER_STATE.REASON", Limits.SUSPENSION_REASON_CHARS);
    TEXT_LIMITS.put("CA_PERMISSION.PERMISSION_KEY", Limits.PERMISSION_KEY_CHARS);
    TEXT_LIMITS.put("CA_PERMISSION.DESCRIPTION", Limits.DESCRIPTION_CHARS);
    TEXT_LIMITS.put("CA_PERMISSION.REQUIRES_KEY", Limits.PERMISSION_KEY_CHARS);
    TEXT_LIMITS.put("CA_CHANGE.KINDS", ChangeKinds.JOINED_CHARS);
    // JSON arrays of ids and keys: ["id","id",...]
    TEXT_LIMITS.put("CA_CHANGE.USERS", ChangeSet.LISTED_USERS * (Limits.ID_CHARS + 3) + 2);
    TEXT_LIMITS.put("CA_CHANGE.NODES", Limits.NODES * (Limits.KEY_CHARS + 3) + 2);
    TEXT_LIMITS.put("CA_WEBHOOK.URL", Limits.WEBHOOK_URL_CHARS);
    TEXT_LIMITS.put("CA_WEBHOOK.SECRET", WebhookSecrets.MAX_CHARS);
    TEXT_LIMITS.put("CA_WEBHOOK.KINDS", ChangeKinds.JOINED_CHARS + 2 * ChangeKinds.ALL.size() + 2);
    TEXT_LIMITS.put(
        "CA_WEBHOOK.NODE_KEYS", Limits.WEBHOOK_FILTER_ENTRIES * (Limits.KEY_CHARS + 3) + 2);
    TEXT_LIMITS.put(
        "CA_WEBHOOK.USER_IDS", Limits.WEBHOOK_FILTER_ENTRIES * (Limits.ID_CHARS + 3) + 2);
    // the envelope of an entry: users and nodes as in CA_CHANGE, and some text around them
    TEXT_LIMITS.put(
        "CA_WEBHOOK_DELIVERY.PAYLOAD",
        ChangeSet.LISTED_USERS * (Limits.ID_CHARS + 3)
            + Limits.NODES * (Limits.KEY_CHARS + 3)
            + 1000);
    TEXT_LIMITS.put("CA_WEBHOOK_DELIVERY.LAST_ERROR", WebhookDelivery.ERROR_CHARS);
  }

  @Test
  @DisplayName("every text column is an id, a vocabulary, or at least as wide as its limit")
  void text_columns_hold_their_limits(KeycloakHttp http) {
    JsonResponse response = http.get("/realms/master/chat-access-probe/columns", null);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonNode columns = response.json();
    assertThat(columns.size()).as("columns of CA_ tables").isGreaterThan(40);
    List<String> problems = new ArrayList<>();
    TEXT_LIMITS.keySet().stream()
        .filter(name -> !columns.has(name))
        .forEach(name -> problems.add(name + ": no such column"));
    columns
        .fields()
        .forEachRemaining(
            column -> {
              String name = column.getKey();
              String type = column.getValue().get("type").asText();
              int size = column.getValue().get("size").asInt();
              if (!type.contains("CHAR") && !type.contains("TEXT")) {
                return;
              }
              Integer limit = limitOf(name);
              if (limit == null) {
                problems.add(name + " (" + size + "): no limit names this column");
              } else if (size < limit) {
                problems.add(name + " holds " + size + " characters, the limit is " + limit);
              }
            });

    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("the seat limit fits the seat column")
  void seat_column_is_an_integer(KeycloakHttp http) {
    JsonNode seats =
        http.get("/realms/master/chat-access-probe/columns", null)
            .json()
            .get("CA_LICENSE_TYPE.SEAT_LIMIT");

    assertThat(seats.get("type").asText()).matches("INT.*|INTEGER|INT4|BIGINT|INT8|NUMBER");
    assertThat((long) Limits.SEATS).isLessThanOrEqualTo(Integer.MAX_VALUE);
  }

  /** The limit a text column must hold, or null when nothing names it. */
  private static Integer limitOf(String column) {
    if (TEXT_LIMITS.containsKey(column)) {
      return TEXT_LIMITS.get(column);
    }
    if (VOCABULARY.contains(column)) {
      return 16;
    }
    return isId(column) ? Limits.ID_CHARS : null;
  }

  private static boolean isId(String column) {
    String name = column.substring(column.indexOf('.') + 1);
    return name.equals("ID") || name.endsWith("_ID");
  }
}
