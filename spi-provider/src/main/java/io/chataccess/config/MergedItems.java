package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.AssignmentScope;
import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.config.ChatAccessDocument.RoleVersion;
import io.chataccess.policy.Grants;
import io.chataccess.policy.SubjectType;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredRole;
import io.chataccess.store.StoredRoleVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a merge import means for the two kinds of item a merge cannot simply lay over the stored
 * one: a role's versions are added to its history, never rewrite it; a given assignment that is
 * already stored is not stored twice.
 */
final class MergedItems {

  private final ChatAccessStore store;
  private final String realmId;
  private final ChatAccessDocument stored;
  private final Map<String, StoredRole> storedRoles;

  MergedItems(ChatAccessStore store, String realmId, ChatAccessDocument stored) {
    this.store = store;
    this.realmId = realmId;
    this.stored = stored;
    this.storedRoles = KeyIndex.of(store.roles().list(realmId), StoredRole::key);
  }

  ChatAccessDocument settle(ChatAccessDocument merged, int givenAssignments) {
    return new ChatAccessDocument(
        merged.settings(),
        merged.permissions(),
        merged.inboxes(),
        merged.licenses(),
        merged.roles() == null ? null : merged.roles().stream().map(this::appended).toList(),
        merged.assignments() == null ? null : withoutTwins(merged.assignments(), givenAssignments));
  }

  /**
   * The role with versions that extend its stored history: the given versions if they already do
   * (as in a declarative import), otherwise the history plus the last given version, unless that
   * one is the current version again.
   */
  private Role appended(Role role) {
    StoredRole before = storedRoles.get(role.key());
    if (before == null) {
      return role;
    }
    List<StoredRoleVersion> history = store.roles().versions(realmId, before.id());
    if (history.isEmpty() || DocumentImporter.isPrefix(history, role.versions())) {
      return role;
    }
    List<RoleVersion> versions = new ArrayList<>(storedVersions(role.key()));
    RoleVersion last = role.versions().get(role.versions().size() - 1);
    if (!DocumentImporter.isPrefix(List.of(history.get(history.size() - 1)), List.of(last))) {
      versions.add(last);
    }
    return new Role(role.key(), role.name(), role.description(), versions);
  }

  private List<RoleVersion> storedVersions(String key) {
    return stored.roles().stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .map(Role::versions)
        .orElse(List.of());
  }

  /** The given assignments, then each stored one that is not the twin of a given one. */
  private static List<Assignment> withoutTwins(List<Assignment> assignments, int given) {
    Map<Sameness, Integer> twins = new HashMap<>();
    for (Assignment a : assignments.subList(0, given)) {
      twins.merge(Sameness.of(a), 1, Integer::sum);
    }
    List<Assignment> result = new ArrayList<>(assignments.subList(0, given));
    for (Assignment a : assignments.subList(given, assignments.size())) {
      Sameness sameness = Sameness.of(a);
      Integer count = twins.get(sameness);
      if (count != null && count > 0) {
        twins.put(sameness, count - 1);
      } else {
        result.add(a);
      }
    }
    return result;
  }

  /**
   * What makes two document assignments one: the import's rule (everything but id and time), with
   * usernames compared as Keycloak does (ignoring case) and scope keys as sets.
   */
  record Sameness(
      SubjectType type,
      String name,
      String client,
      String roleKey,
      Integer version,
      Grants grants,
      String node,
      Set<String> nodes,
      Set<String> inboxes,
      String source) {

    static Sameness of(Assignment a) {
      String name = a.subject().name();
      AssignmentScope scope = a.scope();
      return new Sameness(
          a.subject().type(),
          a.subject().type() == SubjectType.USER && name != null
              ? name.toLowerCase(Locale.ROOT)
              : name,
          a.subject().client(),
          a.roleKey(),
          a.roleKey() == null ? null : a.version(),
          a.roleKey() == null ? a.grants() : null,
          scope == null ? null : scope.nodeKey(),
          scope == null || scope.nodeKeys() == null ? null : Set.copyOf(scope.nodeKeys()),
          scope == null || scope.inboxKeys() == null ? null : Set.copyOf(scope.inboxKeys()),
          a.source());
    }
  }
}
