package io.chataccess.authzen;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A decision and, when the caller asked for reasons, why (docs/authzen.md, "Reasons"). By default
 * the answer is exactly {@code {"decision": ...}}: the working group's runner compares answers by
 * JSON equality.
 */
record Verdict(boolean decision, Map<String, Object> reasons) {

  static Verdict of(boolean decision) {
    return new Verdict(decision, null);
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("decision", decision);
    if (reasons != null) {
      json.put("context", reasons);
    }
    return json;
  }
}
