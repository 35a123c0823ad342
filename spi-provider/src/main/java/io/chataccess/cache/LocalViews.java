package io.chataccess.cache;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.Membership;
import io.chataccess.policy.Subject;
import io.chataccess.policy.UserContext;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.RealmSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/**
 * The chat views of many users read by {@link LocalMemberships}: for each, what {@link
 * ChatAccessView#of} gives, with groups and roles taken from the realm's cached models (groups in
 * name order, as the user model gives them) instead of per-user queries.
 *
 * <p>Users of one team share their memberships. Resolution depends on a user only through its
 * memberships, licenses, suspension and kept role versions, and on its id only through assignments
 * given to the user itself; so users with equal inputs and no assignment of their own share one
 * resolution, and a search over a thousand agents of ten teams resolves about ten times.
 */
public final class LocalViews {

  private LocalViews() {}

  /** The views by user id. */
  public static Map<String, ChatAccessView> of(
      KeycloakSession session, RealmModel realm, Collection<LocalMemberships.LocalUser> users) {
    RealmSnapshot snapshot = session.getProvider(ChatAccessStore.class).loadSnapshot(realm.getId());
    ChatPolicy policy = snapshot.policy();
    Map<Inputs, ChatAccessView> shared = new HashMap<>();
    Map<String, ChatAccessView> views = new HashMap<>();
    for (LocalMemberships.LocalUser user : users) {
      String id = user.id();
      if (!policy.assignmentsOf(Subject.user(id)).isEmpty()) {
        views.put(id, build(session, realm, snapshot, user));
        continue;
      }
      Inputs inputs =
          new Inputs(
              Set.copyOf(user.groupIds()),
              Set.copyOf(user.roleIds()),
              snapshot.licenseTypeIdsOf(id),
              snapshot.suspended(id),
              snapshot.keptVersionsOf(id));
      ChatAccessView template =
          shared.computeIfAbsent(inputs, k -> build(session, realm, snapshot, user));
      views.put(id, forUser(template, id));
    }
    return views;
  }

  private static ChatAccessView build(
      KeycloakSession session,
      RealmModel realm,
      RealmSnapshot snapshot,
      LocalMemberships.LocalUser user) {
    List<GroupModel> groups =
        user.groupIds().stream()
            .map(id -> session.groups().getGroupById(realm, id))
            .filter(Objects::nonNull)
            .sorted(GroupModel.COMPARE_BY_NAME)
            .toList();
    List<RoleModel> roles =
        user.roleIds().stream().map(realm::getRoleById).filter(Objects::nonNull).toList();
    return ChatAccessView.of(snapshot, user.id(), groups, roles);
  }

  /** Another user's view with the same inputs, as this user's: its own id as its first subject. */
  private static ChatAccessView forUser(ChatAccessView template, String userId) {
    UserContext shared = template.user();
    if (shared.userId().equals(userId)) {
      return template;
    }
    List<Membership> memberships = new ArrayList<>(shared.memberships());
    Membership itself = memberships.get(0);
    memberships.set(0, new Membership(Subject.user(userId), itself.via()));
    UserContext context =
        new UserContext(
            userId,
            memberships,
            shared.licenseTypeIds(),
            shared.suspended(),
            shared.keptVersions());
    return new ChatAccessView(
        template.policy(),
        context,
        template.effective(),
        template.licenseKeys(),
        template.departmentRootId(),
        template.departments());
  }

  /** What a resolution depends on, besides the policy and assignments to the user itself. */
  private record Inputs(
      Set<String> groupIds,
      Set<String> roleIds,
      Set<String> licenseTypeIds,
      boolean suspended,
      Map<String, Integer> keptVersions) {}
}
