package io.chataccess.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Stored items by their key (or id), in the order they were listed. */
final class KeyIndex {

  private KeyIndex() {}

  static <T> Map<String, T> of(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(key.apply(item), item));
    return map;
  }
}
