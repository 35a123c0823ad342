package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.JsonMergePatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays a merge import's {@code inboxes} over the stored tree (docs/document.md, "Merge import"): a
 * given node is merged into the stored node of its key as a JSON Merge Patch, its given children
 * join its stored ones, and the nodes it does not name stay where they are. A node nested in the
 * document goes below its document parent; a top-level node goes below the node its {@code parent}
 * names, or stays where it is (a new one becomes a root).
 */
final class TreeMerge {

  private final FieldErrors errors;
  private final ArrayNode roots;
  private final Map<String, ObjectNode> byKey = new HashMap<>();
  private final Map<String, String> parentOf = new HashMap<>();
  private final Map<String, String> givenPaths = new LinkedHashMap<>();

  TreeMerge(JsonNode storedRoots, FieldErrors errors) {
    this.errors = errors;
    this.roots =
        storedRoots != null && storedRoots.isArray()
            ? ((ArrayNode) storedRoots).deepCopy()
            : JsonNodeFactory.instance.arrayNode();
    index(roots, null);
  }

  /** The merged tree; the errors of the given tree are in {@code errors}. */
  ArrayNode merge(ArrayNode given) {
    List<Integer> waiting = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      JsonNode item = given.get(i);
      String at = "$.inboxes[" + i + "]";
      if (!keyed(item, at)) {
        continue;
      }
      JsonNode parent = item.get("parent");
      if (parent == null) {
        place(item, at, null, true);
      } else if (errors.check(parent.isTextual(), at + ".parent", "must be a string")) {
        waiting.add(i);
      }
    }
    placeBelowNamedParents(given, waiting);
    return roots;
  }

  /**
   * Merged path to given path, for every node the document gives: so that an error the reader finds
   * in the merged tree names the place in the document the admin sent.
   */
  Map<String, String> givenPathsByMergedPath() {
    Map<String, String> mergedPaths = new HashMap<>();
    paths(roots, "$.inboxes", mergedPaths);
    Map<String, String> result = new HashMap<>();
    givenPaths.forEach(
        (key, given) -> {
          String merged = mergedPaths.get(key);
          if (merged != null) {
            result.put(merged, given);
          }
        });
    return result;
  }

  /** Top-level nodes that name a parent: placed once that parent is in the tree. */
  private void placeBelowNamedParents(ArrayNode given, List<Integer> waiting) {
    boolean progress = true;
    while (progress && !waiting.isEmpty()) {
      progress = false;
      for (int w = 0; w < waiting.size(); w++) {
        int i = waiting.get(w);
        String parentKey = given.get(i).get("parent").textValue();
        if (byKey.containsKey(parentKey)) {
          place(given.get(i), "$.inboxes[" + i + "]", parentKey, false);
          waiting.remove(w--);
          progress = true;
        }
      }
    }
    for (int i : waiting) {
      errors.add("$.inboxes[" + i + "].parent", "names no node of the realm or the document");
    }
  }

  private void place(JsonNode item, String at, String parentKey, boolean stayIfStored) {
    String key = item.get("key").textValue();
    if (!errors.check(!givenPaths.containsKey(key), at + ".key", "is used twice in the tree")) {
      return;
    }
    givenPaths.put(key, at);
    ObjectNode fields = ((ObjectNode) item).deepCopy();
    fields.remove(List.of("children", "parent"));
    ObjectNode node = byKey.get(key);
    if (node == null) {
      node = fields;
      byKey.put(key, node);
      attach(node, key, parentKey);
    } else {
      mergeInPlace(node, fields);
      boolean moves = !stayIfStored && !Objects.equals(parentOf.get(key), parentKey);
      if (moves) {
        String field = item.has("parent") ? at + ".parent" : at;
        if (!errors.check(!isWithin(parentKey, key), field, "would put the node below itself")) {
          return;
        }
        detach(node, key);
        attach(node, key, parentKey);
      }
    }
    children(item.get("children"), at, key);
  }

  private void children(JsonNode children, String at, String parentKey) {
    if (children == null || children.isNull()) {
      return;
    }
    if (!errors.check(children.isArray(), at + ".children", "must be an array")) {
      return;
    }
    for (int j = 0; j < children.size(); j++) {
      JsonNode child = children.get(j);
      String childAt = at + ".children[" + j + "]";
      if (keyed(child, childAt)
          && errors.check(
              !child.has("parent"),
              childAt + ".parent",
              "only a node at the top of the document names its parent")) {
        place(child, childAt, parentKey, false);
      }
    }
  }

  private boolean keyed(JsonNode item, String at) {
    if (!errors.check(item.isObject(), at, "must be an object")) {
      return false;
    }
    JsonNode key = item.get("key");
    return errors.check(
        key != null && key.isTextual() && !key.textValue().isEmpty(),
        at + ".key",
        "required, a non-empty string");
  }

  /** The node's own fields patched; its children stay. */
  private static void mergeInPlace(ObjectNode node, ObjectNode fields) {
    JsonNode children = node.remove("children");
    JsonNode merged = JsonMergePatch.apply(node, fields);
    node.removeAll();
    node.setAll((ObjectNode) merged);
    if (children != null) {
      node.set("children", children);
    }
  }

  /** Whether {@code key} is {@code ancestor} or below it. */
  private boolean isWithin(String key, String ancestor) {
    for (String k = key; k != null; k = parentOf.get(k)) {
      if (k.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  private void attach(ObjectNode node, String key, String parentKey) {
    ObjectNode parent = parentKey == null ? null : byKey.get(parentKey);
    ArrayNode list =
        parent == null
            ? roots
            : parent.has("children") && parent.get("children").isArray()
                ? (ArrayNode) parent.get("children")
                : parent.putArray("children");
    list.add(node);
    parentOf.put(key, parentKey);
  }

  private void detach(ObjectNode node, String key) {
    String parentKey = parentOf.get(key);
    ObjectNode parent = parentKey == null ? null : byKey.get(parentKey);
    ArrayNode list = parent == null ? roots : (ArrayNode) parent.get("children");
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == node) {
        list.remove(i);
        break;
      }
    }
    if (parent != null && list.isEmpty()) {
      parent.remove("children");
    }
  }

  private void index(ArrayNode nodes, String parentKey) {
    for (JsonNode node : nodes) {
      String key = node.get("key").textValue();
      byKey.put(key, (ObjectNode) node);
      parentOf.put(key, parentKey);
      if (node.get("children") instanceof ArrayNode children) {
        index(children, key);
      }
    }
  }

  private static void paths(ArrayNode nodes, String at, Map<String, String> result) {
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      String path = at + "[" + i + "]";
      result.put(node.get("key").textValue(), path);
      if (node.get("children") instanceof ArrayNode children) {
        paths(children, path + ".children", result);
      }
    }
  }
}
