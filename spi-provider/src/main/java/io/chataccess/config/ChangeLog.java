package io.chataccess.config;

import io.chataccess.config.DocumentChange.Operation;
import io.chataccess.config.DocumentChange.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The changes an import makes, in the order it makes them. */
final class ChangeLog {

  private final List<DocumentChange> changes = new ArrayList<>();

  void record(Operation operation, Target target, String key, Map<String, Object> representation) {
    changes.add(new DocumentChange(operation, target, key, representation));
  }

  /** Every change recorded so far, oldest first. */
  List<DocumentChange> changes() {
    return List.copyOf(changes);
  }
}
