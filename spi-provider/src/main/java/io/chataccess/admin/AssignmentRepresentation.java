package io.chataccess.admin;

import java.util.List;
import java.util.Map;

/**
 * An assignment in the admin API. {@code id}, names, {@code roleKey}, {@code createdAt} are
 * read-only.
 */
public record AssignmentRepresentation(
    String id,
    SubjectRepresentation subject,
    String roleId,
    String roleKey,
    Integer pinnedVersion,
    Map<String, String> grants,
    ScopeRepresentation scope,
    String source,
    Long createdAt) {

  /** Who: {@code type} is user, group, realm-role or client-role; {@code name} is read-only. */
  public record SubjectRepresentation(String type, String id, String name) {}

  /** Where: {@code type} is all, node or inboxes. */
  public record ScopeRepresentation(String type, String nodeId, List<String> inboxIds) {}
}
