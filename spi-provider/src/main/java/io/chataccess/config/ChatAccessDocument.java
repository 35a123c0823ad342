package io.chataccess.config;

import io.chataccess.policy.Channel;
import io.chataccess.policy.Grants;
import io.chataccess.policy.NodeType;
import io.chataccess.policy.PermissionKind;
import io.chataccess.policy.SubjectType;
import io.chataccess.store.SaveMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A realm's chat access configuration as the chat-access document describes it (docs/document.md):
 * everything named by key, username, group path or role name, never by id. A {@code null} section
 * is absent from the document: an import leaves that part of the realm as it is.
 */
public record ChatAccessDocument(
    Settings settings,
    List<CustomPermission> permissions,
    List<Node> inboxes,
    List<License> licenses,
    List<Role> roles,
    List<Assignment> assignments) {

  public static final int FORMAT = 1;

  public record Settings(boolean licensesRequired, String departmentRootGroup) {}

  /** A custom permission; {@code requires} names its prerequisite, or is null. */
  public record CustomPermission(
      String key, PermissionKind kind, String description, String requires) {}

  /** A node of the tree; in {@link ChatAccessDocument#inboxes()} parents come before children. */
  public record Node(
      String key,
      NodeType type,
      String parentKey,
      Channel channel,
      String name,
      Map<String, String> attributes) {}

  public record License(
      String key, String name, Integer seats, Set<Channel> channels, List<String> holders) {}

  /** A role with its versions, oldest first; the last is the current one. */
  public record Role(String key, String name, String description, List<RoleVersion> versions) {}

  public record RoleVersion(Grants grants, boolean requiresLicense, SaveMode saveMode) {}

  /**
   * An assignment: {@code roleKey} (optionally pinned to {@code version}) or inline {@code grants};
   * {@code scope} {@code null} is every inbox.
   */
  public record Assignment(
      Subject subject,
      String roleKey,
      Integer version,
      Grants grants,
      AssignmentScope scope,
      String source) {}

  /** Who: a username, a group path, a realm role name, or a client's role. */
  public record Subject(SubjectType type, String name, String client) {

    public String describe() {
      return switch (type) {
        case USER -> "user " + name;
        case GROUP -> "group " + name;
        case REALM_ROLE -> "realm role " + name;
        case CLIENT_ROLE -> "client role " + client + "/" + name;
      };
    }
  }

  /**
   * Where, by key: one node and everything below it, several such nodes, or chosen inboxes. Exactly
   * one of the three is set.
   */
  public record AssignmentScope(String nodeKey, List<String> nodeKeys, List<String> inboxKeys) {

    public static AssignmentScope node(String key) {
      return new AssignmentScope(key, null, null);
    }

    public static AssignmentScope nodes(List<String> keys) {
      return new AssignmentScope(null, List.copyOf(keys), null);
    }

    public static AssignmentScope inboxes(List<String> keys) {
      return new AssignmentScope(null, null, List.copyOf(keys));
    }

    /** {@code emea}, {@code emea, apac} or {@code wa-berlin, web-paris}: for messages. */
    public String describe() {
      return nodeKey != null ? nodeKey : String.join(", ", nodeKeys != null ? nodeKeys : inboxKeys);
    }
  }
}
