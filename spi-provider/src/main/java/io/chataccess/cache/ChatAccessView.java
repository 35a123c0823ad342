package io.chataccess.cache;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.EffectivePermissions;
import io.chataccess.policy.Resolver;
import io.chataccess.policy.UserContext;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.RealmSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * One user's chat access as the token mapper and the public API need it: the realm's (cached)
 * policy, the user's context and effective permissions, license keys and departments (paths below
 * the department root, see {@link Departments}).
 */
public record ChatAccessView(
    ChatPolicy policy,
    UserContext user,
    EffectivePermissions effective,
    List<String> licenseKeys,
    String departmentRootId,
    List<String> departments) {

  private static final Resolver RESOLVER = new Resolver();

  public static ChatAccessView of(KeycloakSession session, RealmModel realm, UserModel user) {
    RealmSnapshot snapshot = session.getProvider(ChatAccessStore.class).loadSnapshot(realm.getId());
    return of(
        snapshot,
        user.getId(),
        user.getGroupsStream().toList(),
        user.getRoleMappingsStream().toList());
  }

  /**
   * The views of users read by {@link LocalMemberships}, by user id: the same as {@link #of} for
   * each, with the groups and roles taken from the realm's cached models instead of per-user
   * queries (groups in name order, as the user model gives them).
   */
  public static Map<String, ChatAccessView> ofLocal(
      KeycloakSession session, RealmModel realm, Collection<LocalMemberships.LocalUser> users) {
    RealmSnapshot snapshot = session.getProvider(ChatAccessStore.class).loadSnapshot(realm.getId());
    Map<String, ChatAccessView> views = new HashMap<>();
    for (LocalMemberships.LocalUser user : users) {
      List<GroupModel> groups =
          user.groupIds().stream()
              .map(id -> session.groups().getGroupById(realm, id))
              .filter(Objects::nonNull)
              .sorted(GroupModel.COMPARE_BY_NAME)
              .toList();
      List<RoleModel> roles =
          user.roleIds().stream().map(realm::getRoleById).filter(Objects::nonNull).toList();
      views.put(user.id(), of(snapshot, user.id(), groups, roles));
    }
    return views;
  }

  /** The view of a user given its direct groups and role mappings ({@link UserContexts}). */
  static ChatAccessView of(
      RealmSnapshot snapshot, String userId, List<GroupModel> groups, List<RoleModel> roles) {
    ChatPolicy policy = snapshot.policy();
    UserContext context = UserContexts.of(snapshot, userId, groups, roles);
    List<String> licenses = new ArrayList<>();
    for (String id : context.licenseTypeIds()) {
      policy.licenseType(id).ifPresent(license -> licenses.add(license.key()));
    }
    return new ChatAccessView(
        policy,
        context,
        RESOLVER.resolve(policy, context),
        licenses,
        snapshot.departmentRootGroupId(),
        Departments.of(snapshot.departmentRootGroupId(), groups));
  }

  /** The realm's compiled policy (cached). */
  public static ChatPolicy policyOf(KeycloakSession session, RealmModel realm) {
    return session.getProvider(ChatAccessStore.class).loadPolicy(realm.getId());
  }
}
