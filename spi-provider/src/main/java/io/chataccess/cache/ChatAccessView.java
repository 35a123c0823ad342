package io.chataccess.cache;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.EffectivePermissions;
import io.chataccess.policy.ResolutionKey;
import io.chataccess.policy.Resolver;
import io.chataccess.policy.UserContext;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.RealmSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        policy.memo(ResolutionKey.of(policy, context), () -> RESOLVER.resolve(policy, context)),
        licenses,
        snapshot.departmentRootGroupId(),
        Departments.of(snapshot.departmentRootGroupId(), groups));
  }

  /**
   * Waits up to {@code timeout} until the realm's chat data is at {@code minimum} or later (0: at
   * once); true when it is, and views made afterwards in this session are at least that fresh.
   */
  public static boolean reached(
      KeycloakSession session, RealmModel realm, long minimum, Duration timeout) {
    return minimum <= 0
        || session
            .getProvider(ChatAccessStore.class)
            .awaitRevision(realm.getId(), minimum, timeout);
  }

  /** The realm's compiled policy (cached). */
  public static ChatPolicy policyOf(KeycloakSession session, RealmModel realm) {
    return session.getProvider(ChatAccessStore.class).loadPolicy(realm.getId());
  }
}
