package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.AssignmentScope;
import io.chataccess.config.ChatAccessDocument.CustomPermission;
import io.chataccess.config.ChatAccessDocument.License;
import io.chataccess.config.ChatAccessDocument.Node;
import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.policy.NodeType;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionKind;
import io.chataccess.rules.FieldErrors;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredNode;
import io.chataccess.store.StoredRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks of an import that need the realm: users, groups and roles named by the document exist,
 * and everything an assignment refers to exists in the document or, for an absent section, in the
 * realm. Also refuses to drop what stored data still needs when the document leaves that data's
 * section out. Runs on a document its reader accepted, so list indexes match the JSON.
 */
final class ImportCheck {

  private final ChatAccessStore store;
  private final String realmId;
  private final RealmNames names;
  private final FieldErrors errors;

  ImportCheck(ChatAccessStore store, String realmId, RealmNames names, FieldErrors errors) {
    this.store = store;
    this.realmId = realmId;
    this.names = names;
    this.errors = errors;
  }

  void check(ChatAccessDocument document) {
    if (document.settings() != null && document.settings().departmentRootGroup() != null) {
      errors.check(
          names.groupId(document.settings().departmentRootGroup()) != null,
          "$.settings.departmentRootGroup",
          "no group with this path");
    }
    if (document.licenses() != null) {
      holders(document.licenses());
    }
    Map<String, NodeType> nodes = nodeTypes(document);
    Map<String, Integer> roleVersions = roleVersions(document);
    if (document.assignments() != null) {
      List<Assignment> assignments = document.assignments();
      for (int i = 0; i < assignments.size(); i++) {
        assignment(assignments.get(i), "$.assignments[" + i + "]", nodes, roleVersions);
      }
    } else {
      keptAssignmentsStillFit(document);
    }
    if (document.permissions() != null
        && (document.roles() == null || document.assignments() == null)) {
      removedPermissionsUnused(document.permissions());
      keptGrantsFitNewKinds(document);
    }
  }

  private void holders(List<License> licenses) {
    for (int i = 0; i < licenses.size(); i++) {
      List<String> holders = licenses.get(i).holders();
      for (int j = 0; j < holders.size(); j++) {
        errors.check(
            names.userId(holders.get(j)) != null,
            "$.licenses[" + i + "].holders[" + j + "]",
            "no user with this username");
      }
    }
  }

  private Map<String, NodeType> nodeTypes(ChatAccessDocument document) {
    Map<String, NodeType> types = new HashMap<>();
    if (document.inboxes() != null) {
      document.inboxes().forEach(n -> types.put(n.key(), n.type()));
    } else {
      store.nodes().list(realmId).forEach(n -> types.put(n.key(), n.type()));
    }
    return types;
  }

  private Map<String, Integer> roleVersions(ChatAccessDocument document) {
    Map<String, Integer> versions = new HashMap<>();
    if (document.roles() != null) {
      document.roles().forEach(r -> versions.put(r.key(), r.versions().size()));
    } else {
      store.roles().list(realmId).forEach(r -> versions.put(r.key(), r.version()));
    }
    return versions;
  }

  private void assignment(
      Assignment assignment, String at, Map<String, NodeType> nodes, Map<String, Integer> roles) {
    ChatAccessDocument.Subject subject = assignment.subject();
    String subjectField =
        switch (subject.type()) {
          case USER -> "user";
          case GROUP -> "group";
          case REALM_ROLE -> "realmRole";
          case CLIENT_ROLE -> "clientRole";
        };
    errors.check(
        names.subjectId(subject) != null,
        at + "." + subjectField,
        "the realm has no " + subject.describe());
    if (assignment.roleKey() != null) {
      Integer versions = roles.get(assignment.roleKey());
      if (errors.check(versions != null, at + ".role", "no chat role with this key")
          && assignment.version() != null) {
        errors.check(
            assignment.version() <= versions,
            at + ".version",
            "the role has versions 1 to " + versions);
      }
    }
    AssignmentScope scope = assignment.scope();
    if (scope != null && scope.nodeKey() != null) {
      errors.check(nodes.containsKey(scope.nodeKey()), at + ".scope.node", "no node with this key");
    } else if (scope != null && scope.nodeKeys() != null) {
      List<String> keys = scope.nodeKeys();
      for (int i = 0; i < keys.size(); i++) {
        errors.check(
            nodes.containsKey(keys.get(i)),
            at + ".scope.nodes[" + i + "]",
            "no node with this key");
      }
    } else if (scope != null) {
      List<String> keys = scope.inboxKeys();
      for (int i = 0; i < keys.size(); i++) {
        errors.check(
            nodes.get(keys.get(i)) == NodeType.INBOX,
            at + ".scope.inboxes[" + i + "]",
            "no inbox with this key");
      }
    }
  }

  /** Without an assignments section, stored assignments stay: what they point at must stay too. */
  private void keptAssignmentsStillFit(ChatAccessDocument document) {
    if (document.inboxes() != null) {
      Set<String> keys = document.inboxes().stream().map(Node::key).collect(Collectors.toSet());
      List<String> doomed =
          store.nodes().list(realmId).stream()
              .filter(n -> !keys.contains(n.key()))
              .map(StoredNode::id)
              .toList();
      errors.check(
          doomed.isEmpty() || store.nodes().countAssignmentsReferencing(realmId, doomed) == 0,
          "$.inboxes",
          "leaves out nodes that stored assignments use; add an assignments section or keep them");
    }
    if (document.roles() != null) {
      Map<String, Role> wanted =
          document.roles().stream().collect(Collectors.toMap(Role::key, r -> r, (a, b) -> a));
      for (StoredRole stored : store.roles().list(realmId)) {
        Role role = wanted.get(stored.key());
        boolean kept =
            role != null
                && DocumentImporter.isPrefix(
                    store.roles().versions(realmId, stored.id()), role.versions());
        errors.check(
            kept || store.assignments().countByRole(realmId, stored.id()) == 0,
            "$.roles",
            "removes or rewrites role "
                + stored.key()
                + ", which stored assignments use; add an assignments section");
      }
    }
  }

  /**
   * A permission that turns yes/no cannot hold {@code own} or {@code department}: refused while a
   * stored role or assignment the document keeps grants it so (the realm's export would then not
   * import).
   */
  private void keptGrantsFitNewKinds(ChatAccessDocument document) {
    List<CustomPermission> wanted = document.permissions();
    Map<String, PermissionKind> storedKinds = new HashMap<>();
    store.permissions().list(realmId).forEach(p -> storedKinds.put(p.key(), p.kind()));
    for (int i = 0; i < wanted.size(); i++) {
      CustomPermission permission = wanted.get(i);
      if (permission.kind() != PermissionKind.BOOLEAN
          || storedKinds.get(permission.key()) != PermissionKind.SCOPED) {
        continue;
      }
      boolean scopedInKept =
          (document.roles() == null
                  && store.permissions().isScopedInRoles(realmId, permission.key()))
              || (document.assignments() == null
                  && store.permissions().isScopedInAssignments(realmId, permission.key()));
      errors.check(
          !scopedInKept,
          "$.permissions[" + i + "].kind",
          "stored roles or assignments grant "
              + permission.key()
              + " at own or department, which a yes/no permission cannot hold; change those"
              + " grants first, or add roles and assignments sections");
    }
  }

  private void removedPermissionsUnused(List<CustomPermission> wanted) {
    Set<String> keys = wanted.stream().map(CustomPermission::key).collect(Collectors.toSet());
    for (Permission stored : store.permissions().list(realmId)) {
      errors.check(
          keys.contains(stored.key()) || !store.permissions().isInUse(realmId, stored.key()),
          "$.permissions",
          "removes "
              + stored.key()
              + ", which stored roles or assignments use; add roles and assignments sections");
    }
  }
}
