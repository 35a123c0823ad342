package io.chataccess.bench.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.bench.load.KeycloakApi;
import java.util.Map;

/** One way of asking "may user U do P on inbox X": its endpoint, its body, its answer. */
enum DecisionVariant {
  /** Our AuthZEN Access Evaluation. */
  CHAT_AUTHZEN(
      "chat-access AuthZEN evaluation",
      "POST /realms/{realm}/chat-access/authzen/access/v1/evaluation"),
  /** Our {@code /check}. */
  CHAT_CHECK("chat-access `/check`", "POST /realms/{realm}/chat-access/check"),
  /** Keycloak's own experimental AuthZEN endpoint, deciding with Authorization Services. */
  KEYCLOAK_AUTHZEN(
      "Keycloak AuthZEN (`--features=authzen`), Authorization Services",
      "POST /realms/{realm}/authzen/access/v1/evaluation");

  final String label;
  final String endpoint;

  DecisionVariant(String label, String endpoint) {
    this.label = label;
    this.endpoint = endpoint;
  }

  String path(String realm) {
    return endpoint.substring("POST ".length()).replace("{realm}", realm);
  }

  String body(DecisionRealm.Case question) {
    if (this == CHAT_CHECK) {
      return KeycloakApi.json(
          Map.of(
              "username", question.user(),
              "permission", question.action(),
              "inbox", question.inbox()));
    }
    return Pdp.evaluation(question.user(), question.action(), "inbox", question.inbox());
  }

  boolean decision(JsonNode answer) {
    JsonNode value = answer.get(this == CHAT_CHECK ? "allowed" : "decision");
    if (value == null || !value.isBoolean()) {
      throw new IllegalStateException(label + ": no decision in " + answer);
    }
    return value.asBoolean();
  }
}
