package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.rules.Limits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Access Evaluations API: each item with the request's defaults, in request order, under one of
 * the three semantics. An item that cannot be evaluated (a required member missing) is {@code
 * false} with the error in its context; a request without items is a single evaluation.
 */
final class Batch {

  private Batch() {}

  static Map<String, Object> answer(JsonNode request, Evaluator evaluator) {
    JsonNode items = request.get("evaluations");
    if (items != null && !items.isNull() && !items.isArray()) {
      throw AuthzenFailure.badRequest("evaluations must be an array");
    }
    String semantic = semantic(request);
    if (items == null || items.isNull() || items.isEmpty()) {
      return evaluator.decide(Questions.of(request)).toJson();
    }
    if (items.size() > Limits.CHECK_BATCH) {
      throw AuthzenFailure.badRequest("at most " + Limits.CHECK_BATCH + " evaluations per request");
    }
    List<Map<String, Object>> answers = new ArrayList<>();
    for (JsonNode item : items) {
      Map<String, Object> answer;
      boolean decision;
      try {
        Verdict verdict = evaluator.decide(Questions.item(request, item));
        decision = verdict.decision();
        answer = verdict.toJson();
      } catch (AuthzenFailure failure) {
        decision = false;
        answer = new LinkedHashMap<>();
        answer.put("decision", false);
        answer.put("context", Map.of("error", failure.body()));
      }
      answers.add(answer);
      if (!decision && semantic.equals("deny_on_first_deny")) {
        if (!answer.containsKey("context")) {
          answer.put("context", Map.of("code", "200", "reason", "deny_on_first_deny"));
        }
        break;
      }
      if (decision && semantic.equals("permit_on_first_permit")) {
        break;
      }
    }
    return Map.of("evaluations", answers);
  }

  private static String semantic(JsonNode request) {
    JsonNode options = request.get("options");
    if (options == null || options.isNull()) {
      return "execute_all";
    }
    if (!options.isObject()) {
      throw AuthzenFailure.badRequest("options must be an object");
    }
    JsonNode semantic = options.get("evaluations_semantic");
    if (semantic == null || semantic.isNull()) {
      return "execute_all";
    }
    String value = semantic.isTextual() ? semantic.textValue() : "";
    if (!List.of("execute_all", "deny_on_first_deny", "permit_on_first_permit").contains(value)) {
      throw AuthzenFailure.badRequest(
          "options.evaluations_semantic must be execute_all, deny_on_first_deny or"
              + " permit_on_first_permit");
    }
    return value;
  }
}
