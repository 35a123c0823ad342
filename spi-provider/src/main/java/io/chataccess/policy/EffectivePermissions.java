package io.chataccess.policy;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The result of resolution for one user. {@link #everywhere()} holds grants that apply to every
 * inbox, present and future; {@link #perInbox()} holds, per inbox id, the grants that exceed them
 * there. Inboxes without such grants are absent from {@link #perInbox()}.
 *
 * <p>Immutable; maps iterate in inbox-id order, grants in permission-key order, so equal results
 * compare equal and serialise identically.
 */
public final class EffectivePermissions {

  private static final EffectivePermissions EMPTY =
      new EffectivePermissions(Grants.empty(), Map.of());

  private final Grants everywhere;
  private final Map<String, Grants> perInbox;

  private EffectivePermissions(Grants everywhere, Map<String, Grants> perInbox) {
    this.everywhere = everywhere;
    this.perInbox = perInbox;
  }

  /** No permission anywhere: the result for a suspended user or one without assignments. */
  public static EffectivePermissions empty() {
    return EMPTY;
  }

  /**
   * A result from its parts. Per-inbox grants are reduced to those exceeding {@code everywhere};
   * inboxes left without grants are dropped.
   */
  public static EffectivePermissions of(Grants everywhere, Map<String, Grants> perInbox) {
    Objects.requireNonNull(everywhere, "everywhere");
    TreeMap<String, Grants> reduced = new TreeMap<>();
    perInbox.forEach(
        (inboxId, grants) -> {
          Grants extra = grants.exceeding(everywhere);
          if (!extra.isEmpty()) {
            reduced.put(inboxId, extra);
          }
        });
    return create(everywhere, reduced);
  }

  /**
   * Only the grants of these permissions, for a client that needs no others; inboxes left without
   * grants drop out. Grants shared between inboxes stay shared, so the claim's sets stay few.
   */
  public EffectivePermissions onlyOf(Set<String> permissions) {
    Map<Grants, Grants> narrowed = new IdentityHashMap<>();
    Map<String, Grants> kept = new LinkedHashMap<>();
    perInbox.forEach(
        (inboxId, grants) -> {
          Grants only = narrowed.computeIfAbsent(grants, g -> g.onlyOf(permissions));
          if (!only.isEmpty()) {
            kept.put(inboxId, only);
          }
        });
    return create(everywhere.onlyOf(permissions), kept);
  }

  /**
   * For the resolver: {@code perInbox} already iterates in id order, holds only grants exceeding
   * {@code everywhere}, and is not copied again; the caller must not keep a reference to it.
   */
  static EffectivePermissions create(Grants everywhere, Map<String, Grants> perInbox) {
    if (everywhere.isEmpty() && perInbox.isEmpty()) {
      return EMPTY;
    }
    return new EffectivePermissions(everywhere, Collections.unmodifiableMap(perInbox));
  }

  /** Grants that hold in every inbox, including inboxes created later. */
  public Grants everywhere() {
    return everywhere;
  }

  /**
   * Per inbox id: the grants higher than {@link #everywhere()} there. Unmodifiable; iterates in
   * inbox-id order.
   */
  public Map<String, Grants> perInbox() {
    return perInbox;
  }

  /** The ids of the inboxes with grants beyond {@link #everywhere()}, in id order. */
  public Set<String> inboxIds() {
    return perInbox.keySet();
  }

  /**
   * Everything granted in one inbox: {@link #everywhere()} merged with the inbox's own grants. For
   * an inbox absent from {@link #perInbox()} (including an unknown one) this is {@link
   * #everywhere()}.
   */
  public Grants grantsFor(String inboxId) {
    Grants extra = perInbox.get(inboxId);
    return extra == null ? everywhere : everywhere.union(extra);
  }

  /** {@code max(everywhere[p], perInbox[inbox][p])}. */
  public Level level(String permission, String inboxId) {
    Level base = everywhere.level(permission);
    Grants extra = perInbox.get(inboxId);
    return extra == null ? base : base.max(extra.level(permission));
  }

  /** Whether no permission is granted anywhere. */
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
