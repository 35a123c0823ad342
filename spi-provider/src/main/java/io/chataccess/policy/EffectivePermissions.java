package io.chataccess.policy;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of resolution for one user. {@link #everywhere()} holds grants that apply to every
 * inbox, present and future; {@link #perInbox()} holds, per inbox id, the grants that exceed them
 * there. Inboxes without such grants are absent from {@link #perInbox()}.
 */
public final class EffectivePermissions {

  private static final EffectivePermissions NONE =
      new EffectivePermissions(Grants.empty(), Map.of());

  private final Grants everywhere;
  private final Map<String, Grants> perInbox;

  EffectivePermissions(Grants everywhere, Map<String, Grants> perInbox) {
    this.everywhere = everywhere;
    this.perInbox = Collections.unmodifiableMap(new TreeMap<>(perInbox));
  }

  public static EffectivePermissions none() {
    return NONE;
  }

  public Grants everywhere() {
    return everywhere;
  }

  /** Sorted by inbox id; each value holds only levels above {@link #everywhere()}. */
  public Map<String, Grants> perInbox() {
    return perInbox;
  }

  /** {@code max(everywhere[p], perInbox[inbox][p])}. */
  public Level level(String permission, String inboxId) {
    Grants extra = perInbox.get(inboxId);
    Level base = everywhere.level(permission);
    return extra == null ? base : base.max(extra.level(permission));
  }

  /** Every grant the user has in the inbox: {@link #everywhere()} merged with the inbox's own. */
  public Grants grantsIn(String inboxId) {
    Grants extra = perInbox.get(inboxId);
    return extra == null ? everywhere : everywhere.union(extra);
  }

  public boolean isEmpty() {
    return everywhere.isEmpty() && perInbox.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EffectivePermissions other
        && everywhere.equals(other.everywhere)
        && perInbox.equals(other.perInbox);
  }

  @Override
  public int hashCode() {
    return Objects.hash(everywhere, perInbox);
  }

  @Override
  public String toString() {
    return "EffectivePermissions{everywhere=" + everywhere + ", perInbox=" + perInbox + "}";
  }
}
