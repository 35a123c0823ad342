package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.AssignmentScope;
import io.chataccess.domain.Assignments;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Scope;
import io.chataccess.policy.Subject;
import io.chataccess.store.AssignmentFilter;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredAssignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imports the document's assignments: stored assignments the document also lists are kept (as many
 * times as it lists them), the others are deleted, and what is left of the document's list is
 * created, all in one batch each.
 */
final class AssignmentImport {

  private final ChatAccessStore store;
  private final String realmId;
  private final RealmNames names;
  private final Assignments assignments;
  private final AssignmentChanges changes;

  AssignmentImport(
      ChatAccessStore store,
      String realmId,
      RealmNames names,
      Assignments assignments,
      AssignmentChanges changes) {
    this.store = store;
    this.realmId = realmId;
    this.names = names;
    this.assignments = assignments;
    this.changes = changes;
  }

  void apply(List<Assignment> wanted) {
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
    deleteUnwanted(missing, roleKeys, nodeKeys);
    createMissing(missing, byWantedSpec, nodeKeys);
  }

  /**
   * Deletes every stored assignment not matched by one of {@code missing}, which it counts down.
   */
  private void deleteUnwanted(
      Map<AssignmentSpec, Integer> missing,
      Map<String, String> roleKeys,
      Map<String, String> nodeKeys) {
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
        changes.deleted(
            stored, names.subject(stored.subject()), roleKeys.get(stored.roleId()), nodeKeys);
      }
    }
    assignments.deleteAll(toDelete);
  }

  private void createMissing(
      Map<AssignmentSpec, Integer> missing,
      Map<AssignmentSpec, Assignment> byWantedSpec,
      Map<String, String> nodeKeys) {
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
    List<StoredAssignment> created = assignments.createAll(toCreate);
    for (int i = 0; i < created.size(); i++) {
      changes.created(created.get(i), sources.get(i), nodeKeys);
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
    } else if (wantedScope != null && wantedScope.nodeKeys() != null) {
      scope =
          Scope.nodes(
              wantedScope.nodeKeys().stream().map(nodeIds::get).collect(Collectors.toSet()));
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
