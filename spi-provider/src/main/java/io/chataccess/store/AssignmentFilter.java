package io.chataccess.store;

import io.chataccess.policy.SubjectType;

/** Criteria for listing assignments; null fields do not filter. */
public record AssignmentFilter(
    SubjectType subjectType, String subjectId, String roleId, String nodeId, String source) {

  public static AssignmentFilter none() {
    return new AssignmentFilter(null, null, null, null, null);
  }
}
