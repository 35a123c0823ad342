package io.chataccess.domain;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.rules.Rejected;
import io.chataccess.store.StoredAssignment;
import java.util.List;

/**
 * Creating, changing and deleting assignments, for every entry point: the admin API (with the
 * caller's authority, a delegated administrator's area included), the document import and the
 * identity-provider sync. Runs in a {@link WriteUnit}: the assignment changed or deleted is read
 * after the realm's write lock, and the authority is asked about what is stored then, not about
 * what the caller saw before.
 */
public final class Assignments {

  /** Whether the writer may write this assignment (as it is, or as it is to become). */
  @FunctionalInterface
  public interface Authority {

    /** Refuses by throwing; returns when the writer may write the assignment. */
    void requireAllowed(StoredAssignment assignment);

    /** The document import and the identity-provider sync: configured by a realm administrator. */
    Authority REALM = assignment -> {};
  }

  private final WriteUnit unit;

  public Assignments(WriteUnit unit) {
    this.unit = unit;
  }

  public StoredAssignment create(StoredAssignment assignment, Authority authority) {
    authority.requireAllowed(assignment);
    declare(assignment);
    return unit.store().assignments().create(unit.realmId(), assignment);
  }

  /** Replaces an assignment; the writer must be allowed both the stored one and the new one. */
  public StoredAssignment change(StoredAssignment assignment, Authority authority) {
    StoredAssignment existing = require(assignment.id());
    authority.requireAllowed(existing);
    authority.requireAllowed(assignment);
    declare(existing);
    declare(assignment);
    return unit.store().assignments().update(unit.realmId(), assignment);
  }

  /** Deletes an assignment and returns it as it was. */
  public StoredAssignment delete(String id, Authority authority) {
    StoredAssignment existing = require(id);
    authority.requireAllowed(existing);
    declare(existing);
    unit.store().assignments().delete(unit.realmId(), id);
    return existing;
  }

  /** Many at once, in the given order (the document import). */
  public List<StoredAssignment> createAll(List<StoredAssignment> assignments) {
    assignments.forEach(this::declare);
    return unit.store().assignments().createAll(unit.realmId(), assignments);
  }

  public void deleteAll(List<String> ids) {
    for (String id : ids) {
      unit.store().assignments().find(unit.realmId(), id).ifPresent(this::declare);
    }
    unit.store().assignments().deleteAll(unit.realmId(), ids);
  }

  /** The assignment's subject and the nodes its scope names, for the change log. */
  private void declare(StoredAssignment assignment) {
    unit.changes()
        .kind(ChangeKinds.ASSIGNMENT)
        .subject(assignment.subject())
        .nodes(assignment.scope().nodeIds());
  }

  private StoredAssignment require(String id) {
    return unit.store()
        .assignments()
        .find(unit.realmId(), id)
        .orElseThrow(() -> Rejected.notFound("No assignment " + id + " in this realm."));
  }
}
