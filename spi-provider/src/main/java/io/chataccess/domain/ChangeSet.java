package io.chataccess.domain;

import io.chataccess.policy.Subject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one write unit changed, declared by the operations as they write (docs/changes.md): kinds of
 * change, the subjects, users and role holders whose effective permissions may have changed, and
 * the nodes touched. A write that declares nothing is recorded as reaching every user, so no change
 * is ever left out of the log; a declared one lists exactly whom it reaches.
 */
public final class ChangeSet {

  /** More users than this are recorded as "all users". */
  public static final int LISTED_USERS = 10_000;

  final Set<String> kinds = new TreeSet<>();
  final Set<Subject> subjects = new LinkedHashSet<>();
  final Set<String> users = new TreeSet<>();
  final Set<String> nodeIds = new TreeSet<>();
  final Set<String> nodeKeys = new TreeSet<>();

  boolean allUsers;

  /** One kind of change, such as {@code assignment} or {@code license.seat}. */
  public ChangeSet kind(String kind) {
    kinds.add(kind);
    return this;
  }

  /** Users who count as this subject (itself, members, holders) may have new permissions. */
  public ChangeSet subject(Subject subject) {
    subjects.add(subject);
    return this;
  }

  public ChangeSet user(String userId) {
    users.add(userId);
    return this;
  }

  public ChangeSet users(Collection<String> userIds) {
    users.addAll(userIds);
    return this;
  }

  /** A node by id; the log names it by key, looked up when the change is recorded. */
  public ChangeSet node(String nodeId) {
    nodeIds.add(nodeId);
    return this;
  }

  public ChangeSet nodes(Collection<String> ids) {
    nodeIds.addAll(ids);
    return this;
  }

  /** A node by key, for a node that is gone when the change is recorded. */
  public ChangeSet nodeKey(String key) {
    nodeKeys.add(key);
    return this;
  }

  /** The change can reach any user of the realm: a setting, the catalog. */
  public ChangeSet allUsers() {
    allUsers = true;
    return this;
  }

  boolean declared() {
    return !kinds.isEmpty();
  }
}
