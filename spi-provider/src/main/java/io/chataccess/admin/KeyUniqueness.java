package io.chataccess.admin;

import io.chataccess.rest.ProblemException;
import java.util.Optional;
import java.util.function.Function;

/** The one check behind every "key exists already" 409. */
final class KeyUniqueness {

  private KeyUniqueness() {}

  /**
   * Throws a 409 naming the field {@code key} when {@code holder}, the resource found under the
   * key, is another resource than {@code ownId} (null when creating).
   */
  static <T> void requireFree(
      Optional<T> holder, Function<T, String> idOf, String ownId, String what, String key) {
    holder
        .filter(found -> !idOf.apply(found).equals(ownId))
        .ifPresent(
            found -> {
              throw ProblemException.conflict(
                  "key", what + " with key " + key + " exists already.");
            });
  }
}
