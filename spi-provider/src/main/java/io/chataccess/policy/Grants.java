package io.chataccess.policy;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** An immutable set of {@code permission -> level} grants; {@code none} entries are dropped. */
public final class Grants {

  private static final Grants EMPTY = new Grants(new TreeMap<>());

  private final Map<String, Level> levels;

  private Grants(TreeMap<String, Level> levels) {
    this.levels = Collections.unmodifiableMap(levels);
  }

  public static Grants empty() {
    return EMPTY;
  }

  public static Grants of(Map<String, Level> levels) {
    TreeMap<String, Level> copy = new TreeMap<>();
    levels.forEach(
        (permission, level) -> {
          if (level != Level.NONE) {
            copy.put(permission, level);
          }
        });
    return copy.isEmpty() ? EMPTY : new Grants(copy);
  }

  /** The level granted for {@code permission}, {@link Level#NONE} when absent. */
  public Level level(String permission) {
    return levels.getOrDefault(permission, Level.NONE);
  }

  /** Sorted by permission key; never contains {@code none}. */
  public Map<String, Level> asMap() {
    return levels;
  }

  public boolean isEmpty() {
    return levels.isEmpty();
  }

  /** The per-permission maximum of this and {@code other}. */
  public Grants union(Grants other) {
    if (other.isEmpty()) {
      return this;
    }
    TreeMap<String, Level> merged = new TreeMap<>(levels);
    other.levels.forEach((permission, level) -> merged.merge(permission, level, Level::max));
    return new Grants(merged);
  }

  /**
   * The grants of this set whose level is higher than {@code floor} grants for the same permission;
   * this instance itself when nothing is covered by {@code floor}.
   */
  public Grants exceeding(Grants floor) {
    if (floor.isEmpty() || levels.isEmpty()) {
      return this;
    }
    TreeMap<String, Level> kept = null;
    for (Map.Entry<String, Level> entry : levels.entrySet()) {
      if (entry.getValue().compareTo(floor.level(entry.getKey())) <= 0) {
        if (kept == null) {
          kept = new TreeMap<>(levels);
        }
        kept.remove(entry.getKey());
      }
    }
    return kept == null ? this : kept.isEmpty() ? EMPTY : new Grants(kept);
  }

  /** Only the grants of these permissions; this instance itself when nothing else is granted. */
  public Grants onlyOf(Set<String> permissions) {
    if (permissions.containsAll(levels.keySet())) {
      return this;
    }
    TreeMap<String, Level> kept = new TreeMap<>(levels);
    kept.keySet().retainAll(permissions);
    return kept.isEmpty() ? EMPTY : new Grants(kept);
  }

  /** The number of permissions granted above {@code none}. */
  public int size() {
    return levels.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Grants other && levels.equals(other.levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return levels.toString();
  }
}
