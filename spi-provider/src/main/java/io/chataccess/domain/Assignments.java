package io.chataccess.domain;

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
    return unit.store().assignments().create(unit.realmId(), assignment);
  }

  /** Replaces an assignment; the writer must be allowed both the stored one and the new one. */
  public StoredAssignment change(StoredAssignment assignment, Authority authority) {
    authority.requireAllowed(require(assignment.id()));
    authority.requireAllowed(assignment);
    return unit.store().assignments().update(unit.realmId(), assignment);
  }

  /** Deletes an assignment and returns it as it was. */
  public StoredAssignment delete(String id, Authority authority) {
    StoredAssignment existing = require(id);
    authority.requireAllowed(existing);
    unit.store().assignments().delete(unit.realmId(), id);
    return existing;
  }

  /** Many at once, in the given order (the document import). */
  public List<StoredAssignment> createAll(List<StoredAssignment> assignments) {
    return unit.store().assignments().createAll(unit.realmId(), assignments);
  }

  public void deleteAll(List<String> ids) {
    unit.store().assignments().deleteAll(unit.realmId(), ids);
  }

  private StoredAssignment require(String id) {
    return unit.store()
        .assignments()
        .find(unit.realmId(), id)
        .orElseThrow(() -> Rejected.notFound("No assignment " + id + " in this realm."));
  }
}
