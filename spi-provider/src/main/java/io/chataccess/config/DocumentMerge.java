package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.rules.FieldError;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.JsonMergePatch;
import io.chataccess.rules.Rejected;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declarative document a merge import stands for (docs/document.md, "Merge import"): the
 * realm's export with the given document laid over it, section by section. Settings and every item
 * matched by key are merged as JSON Merge Patches; new items are added; assignments are added to
 * the stored ones. Given items come first in each list, so that an error the reader finds in the
 * merged document carries the index the admin sent; tree paths are mapped back.
 */
final class DocumentMerge {

  private static final List<String> KEYED_SECTIONS = List.of("permissions", "licenses", "roles");

  /** The merged JSON, how many of its assignments were given, and the way back to given paths. */
  record Merged(JsonNode json, int givenAssignments, Map<String, String> treePaths) {

    /** The refusal with each field of the merged tree named by its place in the given document. */
    Rejected givenPaths(Rejected rejected) {
      if (rejected.reason() != Rejected.Reason.INVALID || treePaths.isEmpty()) {
        return rejected;
      }
      return Rejected.invalid(
          rejected.fieldErrors().stream()
              .map(e -> new FieldError(given(e.field()), e.message()))
              .toList());
    }

    private String given(String field) {
      String best = null;
      for (String merged : treePaths.keySet()) {
        boolean within =
            field.equals(merged)
                || (field.startsWith(merged) && field.charAt(merged.length()) == '.');
        if (within && (best == null || merged.length() > best.length())) {
          best = merged;
        }
      }
      return best == null ? field : treePaths.get(best) + field.substring(best.length());
    }
  }

  private DocumentMerge() {}

  /**
   * @throws Rejected when the given tree cannot be laid over the stored one (a key missing, a
   *     parent that does not exist or lies below the node)
   */
  static Merged of(ObjectNode stored, JsonNode given) {
    if (!given.isObject()) {
      return new Merged(given, 0, Map.of());
    }
    FieldErrors errors = new FieldErrors();
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    Map<String, String> treePaths = Map.of();
    int givenAssignments = 0;
    Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      JsonNode before = stored.get(name);
      if (name.equals("settings") && value.isObject()) {
        merged.set(name, JsonMergePatch.apply(before, value));
      } else if (KEYED_SECTIONS.contains(name) && value.isArray()) {
        merged.set(name, byKey(before, (ArrayNode) value));
      } else if (name.equals("inboxes") && value.isArray()) {
        TreeMerge tree = new TreeMerge(before, errors);
        merged.set(name, tree.merge((ArrayNode) value));
        treePaths = tree.givenPathsByMergedPath();
      } else if (name.equals("assignments") && value.isArray()) {
        ArrayNode assignments = ((ArrayNode) value).deepCopy();
        if (before instanceof ArrayNode storedAssignments) {
          assignments.addAll(storedAssignments);
        }
        merged.set(name, assignments);
        givenAssignments = value.size();
      } else {
        // format, realm, and anything the reader is to refuse as it stands
        merged.set(name, value);
      }
    }
    errors.throwIfAny();
    return new Merged(merged, givenAssignments, treePaths);
  }

  /** The given items, each merged into the stored item of its key, then the stored items left. */
  private static ArrayNode byKey(JsonNode stored, ArrayNode given) {
    Map<String, JsonNode> storedByKey = new LinkedHashMap<>();
    if (stored instanceof ArrayNode items) {
      items.forEach(item -> storedByKey.put(item.get("key").textValue(), item));
    }
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    Set<String> givenKeys = new HashSet<>();
    for (JsonNode item : given) {
      JsonNode key = item.isObject() ? item.get("key") : null;
      JsonNode before = key != null && key.isTextual() ? storedByKey.get(key.textValue()) : null;
      result.add(before == null ? item : JsonMergePatch.apply(before, item));
      if (key != null && key.isTextual()) {
        givenKeys.add(key.textValue());
      }
    }
    storedByKey.forEach(
        (key, item) -> {
          if (!givenKeys.contains(key)) {
            result.add(item);
          }
        });
    return result;
  }
}
