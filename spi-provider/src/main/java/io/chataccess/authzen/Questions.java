package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The questions of the evaluation and evaluations requests. */
final class Questions {

  private static final List<String> MEMBERS = List.of("subject", "action", "resource", "context");

  private Questions() {}

  /** A complete question: subject, action and resource, each with what it requires. */
  static Question of(JsonNode request) {
    return new Question(
        RequestReader.entity(request, "subject", true),
        RequestReader.action(request),
        RequestReader.entity(request, "resource", true),
        RequestReader.context(request));
  }

  /**
   * One item of a batch with the request's defaults: each of subject, action, resource and context
   * the item leaves out is the top-level one, whole (an item's member replaces the default, it does
   * not merge into it).
   */
  static Question item(JsonNode request, JsonNode item) {
    if (!item.isObject()) {
      throw AuthzenFailure.badRequest("an evaluation must be an object");
    }
    ObjectNode merged = ((ObjectNode) item).deepCopy();
    for (String member : MEMBERS) {
      JsonNode own = item.get(member);
      if ((own == null || own.isNull()) && request.has(member)) {
        merged.set(member, request.get(member));
      }
    }
    return of(merged);
  }
}
