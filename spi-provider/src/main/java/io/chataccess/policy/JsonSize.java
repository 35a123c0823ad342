package io.chataccess.policy;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The exact size in bytes of a value written as compact UTF-8 JSON the way Keycloak's Jackson
 * writes a token (no spaces; {@code "} and {@code \} escaped, control characters as {@code \n} or a
 * six-character unicode escape, everything else as UTF-8): lets the claim encoder keep to a byte
 * budget without a JSON library in the policy code.
 */
final class JsonSize {

  private JsonSize() {}

  /** Maps, lists, strings, numbers, booleans and null, nested. */
  static int of(Object value) {
    if (value == null) {
      return 4;
    }
    if (value instanceof String text) {
      return ofString(text);
    }
    if (value instanceof Boolean flag) {
      return flag ? 4 : 5;
    }
    if (value instanceof Number number) {
      return number.toString().length();
    }
    if (value instanceof Map<?, ?> map) {
      int size = 2 + Math.max(0, map.size() - 1);
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        size += ofString(String.valueOf(entry.getKey())) + 1 + of(entry.getValue());
      }
      return size;
    }
    if (value instanceof List<?> list) {
      int size = 2 + Math.max(0, list.size() - 1);
      for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
        size += of(it.next());
      }
      return size;
    }
    throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
  }

  /** A string with its quotes and escapes. */
  static int ofString(String text) {
    int size = 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
        size += 2;
      } else if (c < 0x20) {
        size += 6;
      } else if (c < 0x80) {
        size += 1;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        size += text.substring(i, end).getBytes(StandardCharsets.UTF_8).length;
        i = end - 1;
      }
    }
    return size;
  }
}
