package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.AssignmentScope;
import io.chataccess.config.ChatAccessDocument.CustomPermission;
import io.chataccess.config.ChatAccessDocument.License;
import io.chataccess.config.ChatAccessDocument.Node;
import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.config.ChatAccessDocument.RoleVersion;
import io.chataccess.config.ChatAccessDocument.Settings;
import io.chataccess.config.ChatAccessDocument.Subject;
import io.chataccess.policy.Scope;
import io.chataccess.store.AssignmentFilter;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatSettings;
import io.chataccess.store.StoredAssignment;
import io.chataccess.store.StoredHolder;
import io.chataccess.store.StoredLicenseType;
import io.chataccess.store.StoredNode;
import io.chataccess.store.StoredRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Reads a realm's chat data into a document in canonical order (docs/document.md, "Export"), so
 * that exporting twice, or exporting what was just imported, gives the same JSON.
 */
public final class DocumentExporter {

  private final ChatAccessStore store;
  private final RealmModel realm;
  private final RealmNames names;

  public DocumentExporter(KeycloakSession session, ChatAccessStore store, RealmModel realm) {
    this.store = store;
    this.realm = realm;
    this.names = new RealmNames(session, realm);
  }

  public ChatAccessDocument export() {
    String realmId = realm.getId();
    List<StoredNode> storedNodes = store.nodes().list(realmId);
    Map<String, String> nodeKeys =
        storedNodes.stream().collect(Collectors.toMap(StoredNode::id, StoredNode::key));
    List<StoredRole> storedRoles =
        store.roles().list(realmId).stream().sorted(Comparator.comparing(StoredRole::key)).toList();
    Map<String, String> roleKeys =
        storedRoles.stream().collect(Collectors.toMap(StoredRole::id, StoredRole::key));
    return new ChatAccessDocument(
        settings(store.settings().get(realmId)),
        store.permissions().list(realmId).stream()
            .map(
                p ->
                    new CustomPermission(
                        p.key(),
                        p.kind(),
                        p.description().isEmpty() ? null : p.description(),
                        p.requires()))
            .sorted(Comparator.comparing(CustomPermission::key))
            .toList(),
        tree(storedNodes, nodeKeys),
        licenses(realmId),
        storedRoles.stream().map(role -> role(realmId, role)).toList(),
        assignments(realmId, nodeKeys, roleKeys));
  }

  private Settings settings(ChatSettings settings) {
    String root =
        settings.departmentRootGroupId() == null
            ? null
            : names.groupPath(settings.departmentRootGroupId());
    return new Settings(settings.licensesRequired(), root);
  }

  /** Roots first, then each node's children, every level by key. */
  private static List<Node> tree(List<StoredNode> nodes, Map<String, String> keys) {
    Map<String, List<StoredNode>> byParent = new TreeMap<>();
    nodes.forEach(
        n ->
            byParent
                .computeIfAbsent(Objects.toString(n.parentId(), ""), p -> new ArrayList<>())
                .add(n));
    List<Node> ordered = new ArrayList<>();
    addChildren("", byParent, keys, ordered);
    return ordered;
  }

  private static void addChildren(
      String parentId,
      Map<String, List<StoredNode>> byParent,
      Map<String, String> keys,
      List<Node> into) {
    List<StoredNode> children = new ArrayList<>(byParent.getOrDefault(parentId, List.of()));
    children.sort(Comparator.comparing(StoredNode::key));
    for (StoredNode child : children) {
      into.add(
          new Node(
              child.key(),
              child.type(),
              child.parentId() == null ? null : keys.get(child.parentId()),
              child.channel(),
              child.name(),
              new TreeMap<>(child.attributes())));
      addChildren(child.id(), byParent, keys, into);
    }
  }

  private List<License> licenses(String realmId) {
    return store.licenses().list(realmId).stream()
        .sorted(Comparator.comparing(StoredLicenseType::key))
        .map(
            license ->
                new License(
                    license.key(),
                    license.name(),
                    license.seatLimit(),
                    license.channels(),
                    store.licenses().holders(realmId, license.id(), 0, Integer.MAX_VALUE).stream()
                        .map(StoredHolder::userId)
                        .map(names::username)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList()))
        .toList();
  }

  private Role role(String realmId, StoredRole role) {
    return new Role(
        role.key(),
        role.name(),
        role.description(),
        store.roles().versions(realmId, role.id()).stream()
            .map(v -> new RoleVersion(v.grants(), v.requiresLicense(), v.saveMode()))
            .toList());
  }

  private List<Assignment> assignments(
      String realmId, Map<String, String> nodeKeys, Map<String, String> roleKeys) {
    List<Assignment> result = new ArrayList<>();
    List<StoredAssignment> all =
        store.assignments().list(realmId, AssignmentFilter.none(), 0, Integer.MAX_VALUE);
    names.preloadUsersOf(all);
    for (StoredAssignment stored : all) {
      Subject subject = names.subject(stored.subject());
      if (subject == null) {
        continue; // its subject is being removed; the lifecycle cleaner drops it
      }
      String roleKey = stored.roleId() == null ? null : roleKeys.get(stored.roleId());
      result.add(
          new Assignment(
              subject,
              roleKey,
              roleKey == null ? null : stored.pinnedVersion(),
              roleKey == null ? stored.inlineGrants() : null,
              scope(stored.scope(), nodeKeys),
              stored.source()));
    }
    result.sort(ORDER);
    return result;
  }

  static AssignmentScope scope(Scope scope, Map<String, String> nodeKeys) {
    if (scope instanceof Scope.Node node) {
      return AssignmentScope.node(nodeKeys.get(node.nodeId()));
    }
    if (scope instanceof Scope.Nodes nodes) {
      return AssignmentScope.nodes(nodes.nodeIds().stream().map(nodeKeys::get).sorted().toList());
    }
    if (scope instanceof Scope.Inboxes inboxes) {
      return AssignmentScope.inboxes(
          inboxes.inboxIds().stream().map(nodeKeys::get).sorted().toList());
    }
    return null;
  }

  /** Assignments by subject, then role or grants, then scope: the canonical order. */
  static final Comparator<Assignment> ORDER =
      Comparator.comparing((Assignment a) -> a.subject().describe())
          .thenComparing(a -> Objects.toString(a.roleKey(), "~" + a.grants()))
          .thenComparing(a -> Objects.toString(a.version(), ""))
          .thenComparing(a -> Objects.toString(a.scope(), ""))
          .thenComparing(Assignment::source);
}
