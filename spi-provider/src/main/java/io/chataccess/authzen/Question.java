package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One access question: may {@code subject} do {@code action} on {@code resource}? For a search, the
 * entity searched for has no id, and an action search has no action.
 */
record Question(Entity subject, String action, Entity resource, JsonNode context) {

  /** Whether the caller asked for the reasons of the decision (docs/authzen.md, "Reasons"). */
  boolean wantsReasons() {
    JsonNode ours = context == null ? null : context.get("chat-access");
    JsonNode explain = ours == null ? null : ours.get("explain");
    return explain != null && explain.asBoolean(false);
  }
}
