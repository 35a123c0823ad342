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

  /**
   * Where: {@code type} is all, node, nodes or inboxes. Nodes and inboxes are given by id or by key
   * (both given must name the same); answers carry both, the lists pairwise in id order.
   */
  public record ScopeRepresentation(
      String type,
      String nodeId,
      String nodeKey,
      List<String> nodeIds,
      List<String> nodeKeys,
      List<String> inboxIds,
      List<String> inboxKeys) {

    public static ScopeRepresentation all() {
      return new ScopeRepresentation("all", null, null, List.of(), List.of(), List.of(), List.of());
    }
  }
}
