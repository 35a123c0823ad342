package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Limits;
import io.chataccess.rules.Texts;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the fields of a document's JSON: each helper records an error with its JSON path and
 * returns null or empty on a wrong shape, so that one pass finds every error.
 */
final class JsonFields {

  private final FieldErrors errors;

  JsonFields(FieldErrors errors) {
    this.errors = errors;
  }

  FieldErrors errors() {
    return errors;
  }

  /** Reads each object of an array of at most {@code max} entries; null reads nothing. */
  void each(JsonNode array, String at, int max, BiConsumer<JsonNode, String> readItem) {
    if (array == null || array.isNull()) {
      return;
    }
    if (!errors.check(array.isArray(), at, "must be an array")) {
      return;
    }
    if (!errors.check(array.size() <= max, at, "at most " + max + " entries")) {
      return;
    }
    int index = 0;
    for (JsonNode item : array) {
      String itemAt = at + "[" + index++ + "]";
      if (object(item, itemAt)) {
        readItem.accept(item, itemAt);
      }
    }
  }

  /** An array of non-empty strings (usernames, keys, channels). */
  List<String> texts(JsonNode array, String at, int max) {
    List<String> values = new ArrayList<>();
    if (array == null || array.isNull()) {
      return values;
    }
    if (!errors.check(array.isArray(), at, "must be an array of strings")
        || !errors.check(array.size() <= max, at, "at most " + max + " entries")) {
      return values;
    }
    int index = 0;
    for (JsonNode item : array) {
      if (errors.check(
          item.isTextual() && Texts.isReference(item.textValue()),
          at + "[" + index + "]",
          "must be a non-empty string of at most "
              + Limits.REFERENCE_CHARS
              + " printable characters")) {
        values.add(item.textValue());
      }
      index++;
    }
    return values;
  }

  /** An object of string values (attributes); entries of another type are errors. */
  Map<String, String> textMap(JsonNode node, String at) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node == null || node.isNull() || !object(node, at)) {
      return map;
    }
    node.fields()
        .forEachRemaining(
            entry -> {
              if (errors.check(
                  entry.getValue().isTextual(),
                  at + "." + FieldErrors.inPath(entry.getKey()),
                  "must be a string")) {
                map.put(entry.getKey(), entry.getValue().textValue());
              }
            });
    return map;
  }

  /**
   * The required key of a node, license or role: well-formed and not used before in {@code seen}.
   */
  String uniqueKey(JsonNode item, String at, Set<String> seen, String duplicate) {
    String key = requiredText(item, "key", at);
    if (key != null) {
      Texts.key(key, at + ".key", errors);
      errors.check(seen.add(key), at + ".key", duplicate);
    }
    return key;
  }

  /** The required display name of a node, license or role. */
  String name(JsonNode item, String at) {
    String name = requiredText(item, "name", at);
    if (name != null) {
      Texts.name(name, at + ".name", errors);
    }
    return name;
  }

  boolean object(JsonNode node, String at) {
    return errors.check(node != null && node.isObject(), at, "must be an object");
  }

  String requiredText(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (!errors.check(
        value != null && value.isTextual() && !value.textValue().isBlank(),
        at + "." + field,
        "required, a non-empty string")) {
      return null;
    }
    return value.textValue();
  }

  String optionalText(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return errors.check(value.isTextual(), at + "." + field, "must be a string")
        ? value.textValue()
        : null;
  }

  /** An optional boolean; {@code fallback} when absent or null. */
  boolean optionalBoolean(JsonNode node, String field, String at, boolean fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    return errors.check(value.isBoolean(), at + "." + field, "must be true or false")
        ? value.booleanValue()
        : fallback;
  }

  void unknownFields(JsonNode node, String at, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      errors.check(known.contains(name), at + "." + FieldErrors.inPath(name), "unknown field");
    }
  }
}
