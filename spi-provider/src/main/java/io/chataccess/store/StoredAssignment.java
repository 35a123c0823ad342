package io.chataccess.store;

import io.chataccess.policy.Assignment;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Scope;
import io.chataccess.policy.Subject;

/**
 * An assignment as stored. {@code subjectContainerId} is the client of a client-role subject;
 * {@code id} is null for an assignment not yet created.
 */
public record StoredAssignment(
    String id,
    Subject subject,
    String subjectContainerId,
    String roleId,
    Integer pinnedVersion,
    Grants inlineGrants,
    Scope scope,
    String source,
    long createdAt) {

  public Assignment toAssignment() {
    return new Assignment(id, subject, roleId, pinnedVersion, inlineGrants, scope, source);
  }
}
