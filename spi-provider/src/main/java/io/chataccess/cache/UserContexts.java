package io.chataccess.cache;

import io.chataccess.policy.Membership;
import io.chataccess.policy.Subject;
import io.chataccess.policy.UserContext;
import io.chataccess.store.RealmSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.ModelToRepresentation;

/**
 * Gathers what the resolver needs to know of a Keycloak user: the subjects it counts as (itself,
 * its groups and their ancestors, its effective realm and client roles, composites expanded), its
 * licenses and its suspension (from the realm snapshot). Each membership says how the user got it,
 * for explanations.
 */
public final class UserContexts {

  private UserContexts() {}

  public static UserContext of(RealmSnapshot realm, UserModel user) {
    return of(
        realm,
        user.getId(),
        user.getGroupsStream().toList(),
        user.getRoleMappingsStream().toList());
  }

  /**
   * The context of a user given its direct groups and role mappings, as Keycloak's user model
   * answers them or as {@link LocalMemberships} reads them for many users at once.
   */
  public static UserContext of(
      RealmSnapshot realm, String userId, List<GroupModel> groups, List<RoleModel> roleMappings) {
    Map<Subject, String> memberships = new LinkedHashMap<>();
    memberships.put(Subject.user(userId), "the user itself");
    Deque<RoleVia> roles = new ArrayDeque<>();
    roleMappings.forEach(role -> roles.add(new RoleVia(role, "role mapping of the user")));
    for (GroupModel group : groups) {
      String path = ModelToRepresentation.buildGroupPath(group);
      for (GroupModel g = group; g != null; g = g.getParent()) {
        String via =
            g == group
                ? "member of " + path
                : "member of "
                    + path
                    + " (subgroup of "
                    + ModelToRepresentation.buildGroupPath(g)
                    + ")";
        memberships.putIfAbsent(Subject.group(g.getId()), via);
        String groupVia = "role of group " + ModelToRepresentation.buildGroupPath(g) + ", " + via;
        g.getRoleMappingsStream().forEach(role -> roles.add(new RoleVia(role, groupVia)));
      }
    }
    expandRoles(roles, memberships);
    return new UserContext(
        userId,
        toMemberships(memberships),
        realm.licenseTypeIdsOf(userId),
        realm.suspended(userId),
        realm.keptVersionsOf(userId));
  }

  /** Breadth first, so that each role keeps the shortest way the user got it. */
  private static void expandRoles(Deque<RoleVia> pending, Map<Subject, String> memberships) {
    while (!pending.isEmpty()) {
      RoleVia next = pending.poll();
      RoleModel role = next.role();
      Subject subject =
          role.isClientRole() ? Subject.clientRole(role.getId()) : Subject.realmRole(role.getId());
      if (memberships.containsKey(subject)) {
        continue;
      }
      memberships.put(subject, next.via());
      if (role.isComposite()) {
        String via = "composite " + name(role) + ", " + next.via();
        role.getCompositesStream().forEach(child -> pending.add(new RoleVia(child, via)));
      }
    }
  }

  private static String name(RoleModel role) {
    return role.getContainer() instanceof ClientModel client
        ? client.getClientId() + "/" + role.getName()
        : role.getName();
  }

  private static List<Membership> toMemberships(Map<Subject, String> memberships) {
    List<Membership> list = new ArrayList<>(memberships.size());
    memberships.forEach((subject, via) -> list.add(new Membership(subject, via)));
    return list;
  }

  private record RoleVia(RoleModel role, String via) {}
}
