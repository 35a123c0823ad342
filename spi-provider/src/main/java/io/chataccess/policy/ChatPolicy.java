package io.chataccess.policy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Everything of one realm the resolver reads: catalog, inbox tree, roles with their versions,
 * license types and assignments indexed by subject. Immutable; built once per realm revision.
 */
public final class ChatPolicy {

  private final PermissionCatalog catalog;
  private final InboxTree tree;
  private final Map<String, ChatRole> rolesById;
  private final Map<String, LicenseType> licensesById;
  private final Map<Subject, List<Assignment>> assignmentsBySubject;
  private final boolean licensesRequired;
  private final long revision;
  private final Collection<Assignment> assignments;
  private volatile SubjectIndex subjectIndex;
  private final Map<Object, Object> memo = new ConcurrentHashMap<>();

  /** At most this many values are kept by {@link #memo}; beyond, they are computed every time. */
  public static final int MEMO_ENTRIES = 20_000;

  /** A policy that gates license-requiring grants by the user's licenses (the default). */
  public ChatPolicy(
      PermissionCatalog catalog,
      InboxTree tree,
      Collection<ChatRole> roles,
      Collection<LicenseType> licenseTypes,
      Collection<Assignment> assignments) {
    this(catalog, tree, roles, licenseTypes, assignments, true, 0);
  }

  /**
   * @param licensesRequired false switches license gating off for the realm: every grant applies
   *     whatever licenses the user holds
   * @param revision the realm's revision this policy was read at (the claim's {@code rev})
   */
  public ChatPolicy(
      PermissionCatalog catalog,
      InboxTree tree,
      Collection<ChatRole> roles,
      Collection<LicenseType> licenseTypes,
      Collection<Assignment> assignments,
      boolean licensesRequired,
      long revision) {
    this.licensesRequired = licensesRequired;
    this.revision = revision;
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.tree = Objects.requireNonNull(tree, "tree");
    this.rolesById = roles.stream().collect(Collectors.toUnmodifiableMap(ChatRole::id, r -> r));
    this.licensesById =
        licenseTypes.stream()
            .collect(Collectors.toUnmodifiableMap(LicenseType::id, Function.identity()));
    this.assignments = List.copyOf(assignments);
    this.assignmentsBySubject =
        assignments.stream()
            .collect(
                Collectors.collectingAndThen(
                    Collectors.groupingBy(Assignment::subject, Collectors.toUnmodifiableList()),
                    Map::copyOf));
  }

  /** The realm revision the policy was read at; it grows with every change of the realm's data. */
  public long revision() {
    return revision;
  }

  public boolean licensesRequired() {
    return licensesRequired;
  }

  public PermissionCatalog catalog() {
    return catalog;
  }

  public InboxTree tree() {
    return tree;
  }

  public Optional<ChatRole> role(String id) {
    return Optional.ofNullable(rolesById.get(id));
  }

  public Optional<LicenseType> licenseType(String id) {
    return Optional.ofNullable(licensesById.get(id));
  }

  /** Which subjects' assignments reach which inboxes; built on first use, once per policy. */
  public SubjectIndex subjectIndex() {
    SubjectIndex index = subjectIndex;
    if (index == null) {
      index = new SubjectIndex(tree, assignments);
      subjectIndex = index;
    }
    return index;
  }

  /**
   * A value computed from this policy and the key alone, kept as long as the policy (one realm
   * revision on one node): the key must hold everything else the value depends on, such as a {@link
   * ResolutionKey}. A policy of a session that wrote chat data is that session's own, so nothing
   * computed from uncommitted data is shared.
   */
  @SuppressWarnings("unchecked")
  public <V> V memo(Object key, Supplier<V> compute) {
    Object known = memo.get(key);
    if (known != null) {
      return (V) known;
    }
    V value = compute.get();
    if (memo.size() < MEMO_ENTRIES) {
      memo.putIfAbsent(key, value);
    }
    return value;
  }

  /** The assignments given to exactly this subject (no group or role expansion here). */
  public List<Assignment> assignmentsOf(Subject subject) {
    return assignmentsBySubject.getOrDefault(subject, List.of());
  }
}
