package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.AssignmentScope;
import io.chataccess.config.ChatAccessDocument.CustomPermission;
import io.chataccess.config.ChatAccessDocument.License;
import io.chataccess.config.ChatAccessDocument.Node;
import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.config.ChatAccessDocument.RoleVersion;
import io.chataccess.config.DocumentChange.Operation;
import io.chataccess.config.DocumentChange.Target;
import io.chataccess.domain.RoleVersions;
import io.chataccess.domain.Seats;
import io.chataccess.domain.WriteUnit;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Permission;
import io.chataccess.policy.Scope;
import io.chataccess.policy.Subject;
import io.chataccess.policy.SubjectType;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Rejected;
import io.chataccess.store.AssignmentFilter;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatSettings;
import io.chataccess.store.StoredAssignment;
import io.chataccess.store.StoredHolder;
import io.chataccess.store.StoredLicenseType;
import io.chataccess.store.StoredNode;
import io.chataccess.store.StoredRole;
import io.chataccess.store.StoredRoleVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Makes a realm's chat data what a document says (docs/document.md, "Import rules"). The caller
 * holds the realm's write lock and owns the transaction: {@link #check} first (it throws every
 * error at once and writes nothing), then {@link #apply}, which returns the changes it made.
 */
public final class DocumentImporter {

  private static final String DOCUMENT_SOURCE = "document";

  private final ChatAccessStore store;
  private final String realmId;
  private final RealmNames names;
  private final RoleVersions roleVersions;
  private final Seats seats;
  private final List<DocumentChange> changes = new ArrayList<>();

  public DocumentImporter(KeycloakSession session, ChatAccessStore store, RealmModel realm) {
    this.store = store;
    this.realmId = realm.getId();
    this.names = new RealmNames(session, realm);
    WriteUnit unit = new WriteUnit(session, store, realmId);
    this.roleVersions = new RoleVersions(unit);
    this.seats = new Seats(unit);
  }

  /** Checks every reference to the realm; throws all errors as one 400 problem. */
  public void check(ChatAccessDocument document) {
    FieldErrors errors = new FieldErrors();
    names.preloadUsernames(usernames(document));
    new ImportCheck(store, realmId, names, errors).check(document);
    errors.throwIfAny();
  }

  /** Every username the document names: license holders and users given assignments. */
  private static List<String> usernames(ChatAccessDocument document) {
    List<String> usernames = new ArrayList<>();
    if (document.licenses() != null) {
      for (ChatAccessDocument.License license : document.licenses()) {
        if (license.holders() != null) {
          license.holders().stream().filter(Objects::nonNull).forEach(usernames::add);
        }
      }
    }
    if (document.assignments() != null) {
      for (Assignment assignment : document.assignments()) {
        ChatAccessDocument.Subject subject = assignment.subject();
        if (subject != null && subject.type() == SubjectType.USER && subject.name() != null) {
          usernames.add(subject.name());
        }
      }
    }
    return usernames;
  }

  public List<DocumentChange> apply(ChatAccessDocument document) {
    if (document.permissions() != null) {
      createOrReplacePermissions(document.permissions());
    }
    if (document.settings() != null) {
      settings(document.settings());
    }
    if (document.inboxes() != null) {
      createOrUpdateNodes(document.inboxes());
    }
    if (document.licenses() != null) {
      createOrUpdateLicenses(document.licenses());
    }
    if (document.roles() != null) {
      createOrUpdateRoles(document.roles());
    }
    if (document.assignments() != null) {
      assignments(document.assignments());
    }
    if (document.roles() != null) {
      deleteRolesNotIn(document.roles());
    }
    if (document.licenses() != null) {
      deleteLicensesNotIn(document.licenses());
    }
    if (document.inboxes() != null) {
      deleteNodesNotIn(document.inboxes());
    }
    if (document.permissions() != null) {
      deletePermissionsNotIn(document.permissions());
    }
    return List.copyOf(changes);
  }

  // ---- permissions

  private void createOrReplacePermissions(List<CustomPermission> wanted) {
    Map<String, Permission> stored = byKey(store.permissions().list(realmId), Permission::key);
    for (CustomPermission permission : wanted) {
      Permission existing = stored.get(permission.key());
      Permission desired =
          new Permission(permission.key(), permission.kind(), permission.description(), false);
      if (existing == null) {
        store.permissions().create(realmId, desired);
        record(Operation.CREATE, Target.PERMISSION, permission.key(), permission(desired));
      } else if (existing.kind() != desired.kind()
          || !Objects.equals(existing.description(), desired.description())) {
        store.permissions().delete(realmId, permission.key());
        store.permissions().create(realmId, desired);
        record(Operation.UPDATE, Target.PERMISSION, permission.key(), permission(desired));
      }
    }
  }

  private void deletePermissionsNotIn(List<CustomPermission> wanted) {
    Set<String> keys = wanted.stream().map(CustomPermission::key).collect(Collectors.toSet());
    for (Permission stored : store.permissions().list(realmId)) {
      if (!keys.contains(stored.key())) {
        store.permissions().delete(realmId, stored.key());
        record(Operation.DELETE, Target.PERMISSION, stored.key(), permission(stored));
      }
    }
  }

  private static Map<String, Object> permission(Permission permission) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", permission.key());
    rep.put("kind", permission.kind().name().toLowerCase(java.util.Locale.ROOT));
    rep.put("description", permission.description());
    return rep;
  }

  // ---- settings

  private void settings(ChatAccessDocument.Settings wanted) {
    ChatSettings stored = store.settings().get(realmId);
    String rootId =
        wanted.departmentRootGroup() == null ? null : names.groupId(wanted.departmentRootGroup());
    if (stored.licensesRequired() != wanted.licensesRequired()
        || !Objects.equals(stored.departmentRootGroupId(), rootId)) {
      store.settings().update(realmId, rootId, wanted.licensesRequired());
      Map<String, Object> rep = new LinkedHashMap<>();
      rep.put("licensesRequired", wanted.licensesRequired());
      rep.put("departmentRootGroup", wanted.departmentRootGroup());
      record(Operation.UPDATE, Target.SETTINGS, "settings", rep);
    }
  }

  // ---- inbox tree

  private void createOrUpdateNodes(List<Node> wanted) {
    Map<String, StoredNode> stored = byKey(store.nodes().list(realmId), StoredNode::key);
    Map<String, String> idsByKey = new HashMap<>();
    stored.values().forEach(n -> idsByKey.put(n.key(), n.id()));
    for (Node node : wanted) {
      String parentId = node.parentKey() == null ? null : idsByKey.get(node.parentKey());
      StoredNode existing = stored.get(node.key());
      StoredNode desired =
          new StoredNode(
              existing == null ? null : existing.id(),
              node.key(),
              node.type(),
              parentId,
              node.channel(),
              node.name(),
              node.attributes());
      if (existing == null) {
        StoredNode created = store.nodes().create(realmId, desired);
        idsByKey.put(created.key(), created.id());
        record(Operation.CREATE, Target.INBOX, node.key(), node(node));
      } else if (!existing.equals(desired)) {
        store.nodes().update(realmId, desired);
        record(Operation.UPDATE, Target.INBOX, node.key(), node(node));
      }
    }
  }

  private void deleteNodesNotIn(List<Node> wanted) {
    Set<String> keys = wanted.stream().map(Node::key).collect(Collectors.toSet());
    List<StoredNode> stored = store.nodes().list(realmId);
    Map<String, Integer> depth = depths(stored);
    List<StoredNode> doomed =
        stored.stream()
            .filter(n -> !keys.contains(n.key()))
            .sorted((a, b) -> Integer.compare(depth.get(b.id()), depth.get(a.id())))
            .toList();
    if (doomed.isEmpty()) {
      return;
    }
    List<String> ids = doomed.stream().map(StoredNode::id).toList();
    store.assignments().detachNodes(realmId, ids);
    store.nodes().delete(realmId, ids);
    for (StoredNode node : doomed) {
      Map<String, Object> rep = new LinkedHashMap<>();
      rep.put("key", node.key());
      rep.put("type", node.type().wireName());
      rep.put("name", node.name());
      record(Operation.DELETE, Target.INBOX, node.key(), rep);
    }
  }

  private static Map<String, Integer> depths(List<StoredNode> nodes) {
    Map<String, StoredNode> byId = byKey(nodes, StoredNode::id);
    Map<String, Integer> depth = new HashMap<>();
    for (StoredNode node : nodes) {
      int d = 0;
      for (StoredNode n = node;
          n.parentId() != null && d <= nodes.size();
          n = byId.get(n.parentId())) {
        d++;
        if (!byId.containsKey(n.parentId())) {
          break;
        }
      }
      depth.put(node.id(), d);
    }
    return depth;
  }

  private static Map<String, Object> node(Node node) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", node.key());
    rep.put("type", node.type().wireName());
    rep.put("name", node.name());
    rep.put("parent", node.parentKey());
    rep.put("channel", node.channel() == null ? null : node.channel().value());
    rep.put("attributes", node.attributes());
    return rep;
  }

  // ---- licenses and holders

  private void createOrUpdateLicenses(List<License> wanted) {
    Map<String, StoredLicenseType> stored =
        byKey(store.licenses().list(realmId), StoredLicenseType::key);
    for (License license : wanted) {
      StoredLicenseType existing = stored.get(license.key());
      StoredLicenseType desired =
          new StoredLicenseType(
              existing == null ? null : existing.id(),
              license.key(),
              license.name(),
              license.seats(),
              license.channels());
      String id;
      if (existing == null) {
        id = store.licenses().create(realmId, desired).id();
        record(Operation.CREATE, Target.LICENSE, license.key(), license(license));
      } else {
        id = existing.id();
        removeHoldersNotIn(license, id);
        if (!existing.equals(desired)) {
          store.licenses().update(realmId, desired);
          record(Operation.UPDATE, Target.LICENSE, license.key(), license(license));
        }
      }
      addMissingHolders(license, id);
    }
  }

  private void removeHoldersNotIn(License license, String licenseId) {
    Set<String> wantedIds =
        license.holders().stream().map(names::userId).collect(Collectors.toSet());
    for (StoredHolder holder : store.licenses().holders(realmId, licenseId, 0, Integer.MAX_VALUE)) {
      if (!wantedIds.contains(holder.userId())) {
        seats.release(licenseId, holder.userId());
        record(
            Operation.DELETE,
            Target.LICENSE_HOLDER,
            license.key() + ": " + names.username(holder.userId()),
            holder(license.key(), holder.userId(), names.username(holder.userId())));
      }
    }
  }

  private void addMissingHolders(License license, String licenseId) {
    for (String username : license.holders()) {
      String userId = names.userId(username);
      Seats.Outcome outcome = seats.take(licenseId, userId, DOCUMENT_SOURCE).outcome();
      if (outcome == Seats.Outcome.FULL) {
        throw Rejected.conflict(
            "$.licenses", "license " + license.key() + " has no seat left for " + username);
      }
      if (outcome == Seats.Outcome.TAKEN) {
        record(
            Operation.CREATE,
            Target.LICENSE_HOLDER,
            license.key() + ": " + username,
            holder(license.key(), userId, username));
      }
    }
  }

  private void deleteLicensesNotIn(List<License> wanted) {
    Set<String> keys = wanted.stream().map(License::key).collect(Collectors.toSet());
    for (StoredLicenseType stored : store.licenses().list(realmId)) {
      if (!keys.contains(stored.key())) {
        store.licenses().delete(realmId, stored.id());
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("key", stored.key());
        rep.put("name", stored.name());
        record(Operation.DELETE, Target.LICENSE, stored.key(), rep);
      }
    }
  }

  private static Map<String, Object> license(License license) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", license.key());
    rep.put("name", license.name());
    rep.put("seats", license.seats());
    rep.put("channels", license.channels().stream().map(c -> c.value()).sorted().toList());
    return rep;
  }

  private static Map<String, Object> holder(String licenseKey, String userId, String username) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("licenseKey", licenseKey);
    rep.put("userId", userId);
    rep.put("username", username);
    return rep;
  }

  // ---- roles and versions

  private void createOrUpdateRoles(List<Role> wanted) {
    Map<String, StoredRole> stored = byKey(store.roles().list(realmId), StoredRole::key);
    for (Role role : wanted) {
      StoredRole existing = stored.get(role.key());
      if (existing == null) {
        createRole(role);
        record(Operation.CREATE, Target.ROLE, role.key(), role(role));
        continue;
      }
      List<StoredRoleVersion> history = store.roles().versions(realmId, existing.id());
      if (!isPrefix(history, role.versions())) {
        recordAssignmentsOfRoleAsDeleted(existing);
        store.roles().delete(realmId, existing.id());
        createRole(role);
        record(Operation.UPDATE, Target.ROLE, role.key(), role(role));
        continue;
      }
      boolean changed = false;
      if (!Objects.equals(existing.name(), role.name())
          || !Objects.equals(existing.description(), role.description())) {
        store.roles().rename(realmId, existing.id(), role.name(), role.description());
        changed = true;
      }
      for (int i = history.size(); i < role.versions().size(); i++) {
        RoleVersion version = role.versions().get(i);
        roleVersions
            .save(
                existing.id(),
                i,
                role.name(),
                role.description(),
                version.grants(),
                version.requiresLicense(),
                version.saveMode())
            .orElseThrow(() -> new IllegalStateException("role changed under the write lock"));
        changed = true;
      }
      if (changed) {
        record(Operation.UPDATE, Target.ROLE, role.key(), role(role));
      }
    }
  }

  /** A replaced role takes its assignments with it; the document's own are created again. */
  private void recordAssignmentsOfRoleAsDeleted(StoredRole role) {
    Map<String, String> nodeKeys = nodeKeysById();
    for (StoredAssignment stored :
        store
            .assignments()
            .list(
                realmId,
                new AssignmentFilter(null, null, role.id(), null, null),
                0,
                Integer.MAX_VALUE)) {
      ChatAccessDocument.Subject subject = names.subject(stored.subject());
      record(
          Operation.DELETE,
          Target.ASSIGNMENT,
          describe(subject, role.key(), stored.scope(), nodeKeys),
          assignment(stored, subject, role.key(), nodeKeys));
    }
  }

  private Map<String, String> nodeKeysById() {
    Map<String, String> keys = new HashMap<>();
    store.nodes().list(realmId).forEach(n -> keys.put(n.id(), n.key()));
    return keys;
  }

  private void createRole(Role role) {
    RoleVersion first = role.versions().get(0);
    StoredRole created =
        store
            .roles()
            .create(
                realmId,
                role.key(),
                role.name(),
                role.description(),
                first.grants(),
                first.requiresLicense());
    for (int i = 1; i < role.versions().size(); i++) {
      RoleVersion version = role.versions().get(i);
      roleVersions.save(
          created.id(),
          i,
          role.name(),
          role.description(),
          version.grants(),
          version.requiresLicense(),
          version.saveMode());
    }
  }

  /** Whether the stored history is the document's first versions, grants and license alike. */
  static boolean isPrefix(List<StoredRoleVersion> history, List<RoleVersion> versions) {
    if (history.size() > versions.size()) {
      return false;
    }
    for (int i = 0; i < history.size(); i++) {
      StoredRoleVersion stored = history.get(i);
      RoleVersion wanted = versions.get(i);
      if (!stored.grants().equals(wanted.grants())
          || stored.requiresLicense() != wanted.requiresLicense()) {
        return false;
      }
    }
    return true;
  }

  private void deleteRolesNotIn(List<Role> wanted) {
    Set<String> keys = wanted.stream().map(Role::key).collect(Collectors.toSet());
    for (StoredRole stored : store.roles().list(realmId)) {
      if (!keys.contains(stored.key())) {
        store.roles().delete(realmId, stored.id());
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("key", stored.key());
        rep.put("name", stored.name());
        record(Operation.DELETE, Target.ROLE, stored.key(), rep);
      }
    }
  }

  private static Map<String, Object> role(Role role) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", role.key());
    rep.put("name", role.name());
    rep.put("description", role.description());
    rep.put("version", role.versions().size());
    RoleVersion current = role.versions().get(role.versions().size() - 1);
    rep.put("requiresLicense", current.requiresLicense());
    rep.put("grants", grants(current.grants()));
    return rep;
  }

  // ---- assignments

  private void assignments(List<Assignment> wanted) {
    Map<String, String> nodeIds = new HashMap<>();
    Map<String, String> nodeKeys = new HashMap<>();
    store
        .nodes()
        .list(realmId)
        .forEach(
            n -> {
              nodeIds.put(n.key(), n.id());
              nodeKeys.put(n.id(), n.key());
            });
    Map<String, String> roleIds = new HashMap<>();
    Map<String, String> roleKeys = new HashMap<>();
    store
        .roles()
        .list(realmId)
        .forEach(
            r -> {
              roleIds.put(r.key(), r.id());
              roleKeys.put(r.id(), r.key());
            });

    Map<AssignmentSpec, Integer> missing = new LinkedHashMap<>();
    Map<AssignmentSpec, Assignment> byWantedSpec = new HashMap<>();
    for (Assignment assignment : wanted) {
      AssignmentSpec spec = spec(assignment, nodeIds, roleIds);
      missing.merge(spec, 1, Integer::sum);
      byWantedSpec.putIfAbsent(spec, assignment);
    }
    List<String> toDelete = new ArrayList<>();
    List<StoredAssignment> existing =
        store.assignments().list(realmId, AssignmentFilter.none(), 0, Integer.MAX_VALUE);
    names.preloadUsersOf(existing);
    for (StoredAssignment stored : existing) {
      AssignmentSpec spec = AssignmentSpec.of(stored);
      Integer count = missing.get(spec);
      if (count != null && count > 0) {
        missing.put(spec, count - 1);
      } else {
        toDelete.add(stored.id());
        ChatAccessDocument.Subject subject = names.subject(stored.subject());
        record(
            Operation.DELETE,
            Target.ASSIGNMENT,
            describe(subject, roleKeys.get(stored.roleId()), stored.scope(), nodeKeys),
            assignment(stored, subject, roleKeys.get(stored.roleId()), nodeKeys));
      }
    }
    store.assignments().deleteAll(realmId, toDelete);
    List<StoredAssignment> toCreate = new ArrayList<>();
    List<Assignment> sources = new ArrayList<>();
    missing.forEach(
        (spec, count) -> {
          Assignment assignment = byWantedSpec.get(spec);
          for (int i = 0; i < count; i++) {
            toCreate.add(
                new StoredAssignment(
                    null,
                    spec.subject(),
                    names.containerId(assignment.subject()),
                    spec.roleId(),
                    spec.pinnedVersion(),
                    spec.grants(),
                    spec.scope(),
                    spec.source(),
                    0));
            sources.add(assignment);
          }
        });
    List<StoredAssignment> created = store.assignments().createAll(realmId, toCreate);
    for (int i = 0; i < created.size(); i++) {
      Assignment assignment = sources.get(i);
      record(
          Operation.CREATE,
          Target.ASSIGNMENT,
          describe(assignment.subject(), assignment.roleKey(), created.get(i).scope(), nodeKeys),
          assignment(created.get(i), assignment.subject(), assignment.roleKey(), nodeKeys));
    }
  }

  private AssignmentSpec spec(
      Assignment assignment, Map<String, String> nodeIds, Map<String, String> roleIds) {
    Subject subject =
        new Subject(assignment.subject().type(), names.subjectId(assignment.subject()));
    Scope scope = Scope.all();
    AssignmentScope wantedScope = assignment.scope();
    if (wantedScope != null && wantedScope.nodeKey() != null) {
      scope = Scope.node(nodeIds.get(wantedScope.nodeKey()));
    } else if (wantedScope != null) {
      scope =
          Scope.inboxes(
              wantedScope.inboxKeys().stream().map(nodeIds::get).collect(Collectors.toSet()));
    }
    String roleId = assignment.roleKey() == null ? null : roleIds.get(assignment.roleKey());
    return new AssignmentSpec(
        subject,
        roleId,
        roleId == null ? null : assignment.version(),
        roleId == null ? assignment.grants() : null,
        scope,
        assignment.source());
  }

  private static String describe(
      ChatAccessDocument.Subject subject, String roleKey, Scope scope, Map<String, String> keys) {
    String who = subject == null ? "a removed subject" : subject.describe();
    String what = roleKey == null ? "extra grants" : roleKey;
    AssignmentScope where = DocumentExporter.scope(scope, keys);
    String place =
        where == null
            ? "all inboxes"
            : where.nodeKey() != null ? where.nodeKey() : String.join(", ", where.inboxKeys());
    return who + ": " + what + " on " + place;
  }

  private static Map<String, Object> assignment(
      StoredAssignment stored,
      ChatAccessDocument.Subject subject,
      String roleKey,
      Map<String, String> nodeKeys) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("id", stored.id());
    Map<String, Object> who = new LinkedHashMap<>();
    who.put("type", stored.subject().type().wireName());
    who.put("id", stored.subject().id());
    who.put("name", subject == null ? null : subject.name());
    rep.put("subject", who);
    rep.put("role", roleKey);
    rep.put("pinnedVersion", stored.pinnedVersion());
    rep.put("grants", stored.roleId() == null ? grants(stored.inlineGrants()) : null);
    AssignmentScope scope = DocumentExporter.scope(stored.scope(), nodeKeys);
    rep.put("scope", scope == null ? Map.of("all", true) : scope);
    rep.put("source", stored.source());
    return rep;
  }

  // ---- helpers

  private void record(Operation operation, Target target, String key, Map<String, Object> rep) {
    changes.add(new DocumentChange(operation, target, key, rep));
  }

  private static Map<String, String> grants(Grants grants) {
    Map<String, String> map = new java.util.TreeMap<>();
    if (grants != null) {
      grants.asMap().forEach((k, level) -> map.put(k, level.wireName()));
    }
    return map;
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(key.apply(item), item));
    return map;
  }

  /** What makes two assignments the same for an import: everything but id and time. */
  record AssignmentSpec(
      Subject subject,
      String roleId,
      Integer pinnedVersion,
      Grants grants,
      Scope scope,
      String source) {

    static AssignmentSpec of(StoredAssignment stored) {
      return new AssignmentSpec(
          stored.subject(),
          stored.roleId(),
          stored.roleId() == null ? null : stored.pinnedVersion(),
          stored.roleId() == null ? stored.inlineGrants() : null,
          stored.scope(),
          stored.source());
    }
  }
}
