package io.chataccess.domain;

import io.chataccess.rules.Rejected;
import java.util.Optional;
import java.util.function.Function;

/** The one check behind every "key exists already" 409. */
public final class KeyUniqueness {

  private KeyUniqueness() {}

  /**
   * Refuses, as a conflict naming the field {@code key} when {@code holder}, the resource found
   * under the key, is another resource than {@code ownId} (null when creating).
   */
  public static <T> void requireFree(
      Optional<T> holder, Function<T, String> idOf, String ownId, String what, String key) {
    holder
        .filter(found -> !idOf.apply(found).equals(ownId))
        .ifPresent(
            found -> {
              throw Rejected.conflict("key", what + " with key " + key + " exists already.");
            });
  }
}
