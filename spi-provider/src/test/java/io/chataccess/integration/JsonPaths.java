package io.chataccess.integration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep copies of JSON values (maps and lists that may hold nulls) and changes at a path such as
 * {@code subject.id} or {@code licenses[0].channels}, the way field errors name fields.
 */
final class JsonPaths {

  private JsonPaths() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> copy(Map<String, Object> value) {
    return (Map<String, Object>) copyValue(value);
  }

  @SuppressWarnings("unchecked")
  private static Object copyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, copyValue(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(copyValue(v)));
      return copy;
    }
    return value;
  }

  /**
   * Sets a mutable copy of the value at {@code path}, creating missing objects on the way: a later
   * change below that path (a generated value that is a list, then an item of it) must be able to
   * write into it (seed 1463977209166418146 put into an immutable list).
   */
  static void set(Map<String, Object> root, String path, Object value) {
    List<Object> steps = steps(path);
    Object container = root;
    for (int i = 0; i < steps.size() - 1; i++) {
      container = child(container, steps.get(i), steps.get(i + 1));
    }
    put(container, steps.get(steps.size() - 1), copyValue(value));
  }

  /** Removes the field at {@code path}, if it is there. */
  static void remove(Map<String, Object> root, String path) {
    List<Object> steps = steps(path);
    Object container = root;
    for (int i = 0; i < steps.size() - 1 && container != null; i++) {
      container = get(container, steps.get(i));
    }
    Object last = steps.get(steps.size() - 1);
    if (container instanceof Map<?, ?> map) {
      map.remove(last);
    } else if (container instanceof List<?> list && last instanceof Integer index) {
      if (index < list.size()) {
        list.remove((int) index);
      }
    }
  }

  /** The steps of a path: field names (String) and list indexes (Integer). */
  static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      if (bracket < 0) {
        steps.add(part);
        continue;
      }
      if (bracket > 0) {
        steps.add(part.substring(0, bracket));
      }
      for (String index : part.substring(bracket + 1).split("\\[")) {
        steps.add(Integer.valueOf(index.replace("]", "")));
      }
    }
    return steps;
  }

  private static Object get(Object container, Object step) {
    if (container instanceof Map<?, ?> map) {
      return map.get(step);
    }
    if (container instanceof List<?> list && step instanceof Integer index) {
      return index < list.size() ? list.get(index) : null;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Object child(Object container, Object step, Object next) {
    Object existing = get(container, step);
    if (next instanceof Integer ? existing instanceof List<?> : existing instanceof Map<?, ?>) {
      return existing;
    }
    Object created = next instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
    put(container, step, created);
    return created;
  }

  @SuppressWarnings("unchecked")
  private static void put(Object container, Object step, Object value) {
    if (container instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put((String) step, value);
    } else if (container instanceof List<?> list) {
      List<Object> items = (List<Object>) list;
      int index = (Integer) step;
      while (items.size() <= index) {
        items.add(null);
      }
      items.set(index, value);
    }
  }
}
