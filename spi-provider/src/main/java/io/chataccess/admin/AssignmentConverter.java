package io.chataccess.admin;

import io.chataccess.admin.AssignmentRepresentation.ScopeRepresentation;
import io.chataccess.admin.AssignmentRepresentation.SubjectRepresentation;
import io.chataccess.policy.Scope;
import io.chataccess.policy.Subject;
import io.chataccess.rules.GrantRules;
import io.chataccess.store.StoredAssignment;
import io.chataccess.store.StoredRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.ModelToRepresentation;

/** Turns stored assignments into representations, naming subjects and roles. */
final class AssignmentConverter {

  private final AdminContext context;
  private final Map<String, String> roleKeys = new HashMap<>();

  /** Node keys by id, read once when a scope first names a node. */
  private Map<String, String> nodeKeys;

  AssignmentConverter(AdminContext context) {
    this.context = context;
  }

  List<AssignmentRepresentation> toRepresentations(List<StoredAssignment> assignments) {
    return assignments.stream().map(this::toRepresentation).toList();
  }

  AssignmentRepresentation toRepresentation(StoredAssignment a) {
    return new AssignmentRepresentation(
        a.id(),
        new SubjectRepresentation(
            a.subject().type().wireName(), a.subject().id(), subjectName(a.subject()).orElse(null)),
        a.roleId(),
        a.roleId() == null ? null : roleKey(a.roleId()),
        a.pinnedVersion(),
        a.inlineGrants() == null ? null : GrantRules.toMap(a.inlineGrants()),
        scope(a.scope()),
        a.source(),
        a.createdAt());
  }

  /** The scope with ids and keys, lists pairwise in id order. */
  ScopeRepresentation scope(Scope scope) {
    if (scope instanceof Scope.Node node) {
      return new ScopeRepresentation(
          "node",
          node.nodeId(),
          nodeKey(node.nodeId()),
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }
    if (scope instanceof Scope.Nodes nodes) {
      List<String> ids = nodes.nodeIds().stream().sorted().toList();
      return new ScopeRepresentation("nodes", null, null, ids, keysOf(ids), List.of(), List.of());
    }
    if (scope instanceof Scope.Inboxes inboxes) {
      List<String> ids = inboxes.inboxIds().stream().sorted().toList();
      return new ScopeRepresentation("inboxes", null, null, List.of(), List.of(), ids, keysOf(ids));
    }
    return ScopeRepresentation.all();
  }

  private List<String> keysOf(List<String> nodeIds) {
    return nodeIds.stream().map(this::nodeKey).toList();
  }

  private String nodeKey(String nodeId) {
    if (nodeKeys == null) {
      nodeKeys = new HashMap<>();
      context.store().nodes().list(context.realmId()).forEach(n -> nodeKeys.put(n.id(), n.key()));
    }
    return nodeKeys.get(nodeId);
  }

  /**
   * The user's username, the group's path, or the role's name ({@code client/role} for clients).
   */
  Optional<String> subjectName(Subject subject) {
    KeycloakSession session = context.session();
    RealmModel realm = context.realm();
    return switch (subject.type()) {
      case USER ->
          Optional.ofNullable(session.users().getUserById(realm, subject.id()))
              .map(UserModel::getUsername);
      case GROUP ->
          Optional.ofNullable(session.groups().getGroupById(realm, subject.id()))
              .map(ModelToRepresentation::buildGroupPath);
      case REALM_ROLE, CLIENT_ROLE ->
          Optional.ofNullable(session.roles().getRoleById(realm, subject.id()))
              .map(AssignmentConverter::roleName);
    };
  }

  private static String roleName(RoleModel role) {
    return role.isClientRole()
            && role.getContainer() instanceof org.keycloak.models.ClientModel client
        ? client.getClientId() + "/" + role.getName()
        : role.getName();
  }

  private String roleKey(String roleId) {
    return roleKeys.computeIfAbsent(
        roleId,
        id ->
            context.store().roles().find(context.realmId(), id).map(StoredRole::key).orElse(null));
  }

  static String groupPath(GroupModel group) {
    return ModelToRepresentation.buildGroupPath(group);
  }
}
