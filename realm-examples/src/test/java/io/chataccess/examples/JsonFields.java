package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reports the fields of a JSON object that its format does not know. */
final class JsonFields {

  private JsonFields() {}

  static void onlyKnown(JsonNode object, String at, Set<String> allowed, List<String> problems) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problems.add(at + "." + name + ": unknown field");
      }
    }
  }
}
