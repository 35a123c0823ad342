package io.chataccess.cache;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * A department is a group below the realm's department root, identified by its path below the root
 * ({@code emea/service}), never by its name alone: two {@code service} groups under different
 * parents are two departments. A {@code /} inside a group name is always written {@code ~/} (the
 * escape Keycloak uses when its group-path escaping is on), so that no two departments share a path
 * whatever that server setting is.
 */
public final class Departments {

  private Departments() {}

  /** The paths below the root of the user's groups that lie below it, at any depth. */
  public static List<String> of(String rootId, UserModel user) {
    return rootId == null ? List.of() : of(rootId, user.getGroupsStream().toList());
  }

  /** The paths below the root of those of a user's direct groups that lie below it. */
  public static List<String> of(String rootId, Collection<GroupModel> groups) {
    if (rootId == null) {
      return List.of();
    }
    List<String> paths = new ArrayList<>();
    for (GroupModel group : groups) {
      String path = pathBelow(rootId, group);
      if (path != null) {
        paths.add(path);
      }
    }
    return paths;
  }

  /**
   * What a caller names a conversation owner's department by, as a department path: a group id of a
   * group below the root becomes its path; anything else is taken as a path below the root as it
   * is.
   */
  public static String identify(
      KeycloakSession session, RealmModel realm, String rootId, String pathOrGroupId) {
    if (rootId == null || pathOrGroupId.indexOf('/') >= 0) {
      return pathOrGroupId;
    }
    GroupModel group = session.groups().getGroupById(realm, pathOrGroupId);
    String path = group == null ? null : pathBelow(rootId, group);
    return path == null ? pathOrGroupId : path;
  }

  /** The group's path below the root, or null when the group is not below it. */
  static String pathBelow(String rootId, GroupModel group) {
    Deque<String> names = new ArrayDeque<>();
    names.push(group.getName());
    for (GroupModel parent = group.getParent(); parent != null; parent = parent.getParent()) {
      if (parent.getId().equals(rootId)) {
        String path = KeycloakModelUtils.buildGroupPath(true, names.toArray(String[]::new));
        return path.substring(1);
      }
      names.push(parent.getName());
    }
    return null;
  }
}
