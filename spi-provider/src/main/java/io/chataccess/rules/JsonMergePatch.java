package io.chataccess.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch, RFC 7396 section 2: a member set to a value replaces it, an object merges into
 * the object it names, {@code null} removes, and anything but an object replaces the target whole.
 * One definition for every caller: the admin API's {@code PATCH} and the document's merge import.
 */
public final class JsonMergePatch {

  private JsonMergePatch() {}

  /** {@code target} with {@code patch} applied; neither argument is changed. */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    Iterator<Map.Entry<String, JsonNode>> members = patch.fields();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
      }
    }
    return result;
  }
}
