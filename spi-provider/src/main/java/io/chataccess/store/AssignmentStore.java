package io.chataccess.store;

import io.chataccess.policy.Subject;
import java.util.List;
import java.util.Optional;

/** Assignments of roles or inline grants to users, groups and roles. */
public interface AssignmentStore {

  List<StoredAssignment> list(String realmId, AssignmentFilter filter, int first, int max);

  Optional<StoredAssignment> find(String realmId, String id);

  StoredAssignment create(String realmId, StoredAssignment assignment);

  /**
   * Creates many assignments at once (a document import): written in batches, and kept out of the
   * persistence context once written, so that the cost per assignment does not grow with their
   * number.
   */
  List<StoredAssignment> createAll(String realmId, List<StoredAssignment> assignments);

  StoredAssignment update(String realmId, StoredAssignment assignment);

  void delete(String realmId, String id);

  /** Deletes many assignments at once (a document import), writing them in batches. */
  void deleteAll(String realmId, List<String> ids);

  long countByRole(String realmId, String roleId);

  /** The subjects of the role's assignments that are not pinned themselves, each once. */
  List<Subject> unpinnedSubjects(String realmId, String roleId);

  /**
   * The subjects of all the role's assignments, each once, read without loading assignments (so a
   * bulk update after it leaves no stale entity behind).
   */
  List<Subject> subjectsOf(String realmId, String roleId);

  /** Removes every pin of the role's assignments (save mode apply). */
  void unpinAll(String realmId, String roleId);

  /** Removes the assignments given to the subject, returning what was removed. */
  List<StoredAssignment> deleteBySubject(String realmId, Subject subject);

  /**
   * Before nodes are deleted: removes the assignments scoped to them, takes them out of explicit
   * inbox lists, and removes lists left empty. Returns the removed assignments.
   */
  List<StoredAssignment> detachNodes(String realmId, List<String> nodeIds);

  /** Removes the assignments to roles of a removed client. */
  List<StoredAssignment> deleteByContainer(String realmId, String clientId);
}
