package io.chataccess.cache;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.storage.UserStorageProvider;

/**
 * Reads the memberships of many users of Keycloak's own database at once: who is in these groups,
 * who holds these roles, and each user's direct groups and role mappings, a few queries per {@value
 * #CHUNK} ids. Unlike Keycloak's user model, one query per user and per relation, it loads no
 * entities: a search over a thousand candidates costs a handful of queries, not two thousand.
 *
 * <p>Only for a realm without user federation: a federated store may keep memberships outside these
 * tables, so {@link #of} gives null there and callers go through the user model.
 */
public final class LocalMemberships {

  private static final int CHUNK = 500;

  /** A user as these tables know it: its direct groups and role mappings, by id. */
  public record LocalUser(
      String id, String serviceAccountClientLink, List<String> groupIds, List<String> roleIds) {}

  private final EntityManager em;
  private final RealmModel realm;

  private LocalMemberships(EntityManager em, RealmModel realm) {
    this.em = em;
    this.realm = realm;
  }

  /** The reader for the realm, or null when the realm has user federation. */
  public static LocalMemberships of(KeycloakSession session, RealmModel realm) {
    boolean federated =
        realm
            .getComponentsStream(realm.getId(), UserStorageProvider.class.getName())
            .findAny()
            .isPresent();
    JpaConnectionProvider jpa = session.getProvider(JpaConnectionProvider.class);
    return federated || jpa == null ? null : new LocalMemberships(jpa.getEntityManager(), realm);
  }

  /** Ids of the direct members of these groups. */
  public Set<String> membersOf(Collection<String> groupIds) {
    return column(
        "select m.user.id from UserGroupMembershipEntity m where m.groupId in :ids", groupIds);
  }

  /** Ids of the users these roles are mapped to directly. */
  public Set<String> holdersOf(Collection<String> roleIds) {
    return column("select m.user.id from UserRoleMappingEntity m where m.roleId in :ids", roleIds);
  }

  /** Ids of the groups these roles are mapped to directly. */
  public Set<String> groupsHolding(Collection<String> roleIds) {
    return column(
        "select m.group.id from GroupRoleMappingEntity m where m.roleId in :ids", roleIds);
  }

  /** The users of the realm among these ids, by id; unknown ids are left out. */
  public Map<String, LocalUser> users(Collection<String> ids) {
    Map<String, String> links = new HashMap<>();
    Map<String, List<String>> groups = new HashMap<>();
    Map<String, List<String>> roles = new HashMap<>();
    pairs(
        "select u.id, u.serviceAccountClientLink from UserEntity u"
            + " where u.realmId = :realmId and u.id in :ids",
        ids,
        true,
        links::put);
    pairs(
        "select m.user.id, m.groupId from UserGroupMembershipEntity m where m.user.id in :ids",
        ids,
        false,
        (user, group) -> groups.computeIfAbsent(user, k -> new ArrayList<>()).add(group));
    pairs(
        "select m.user.id, m.roleId from UserRoleMappingEntity m where m.user.id in :ids",
        ids,
        false,
        (user, role) -> roles.computeIfAbsent(user, k -> new ArrayList<>()).add(role));
    Map<String, LocalUser> users = new HashMap<>();
    for (String id : links.keySet()) {
      users.put(
          id,
          new LocalUser(
              id,
              links.get(id),
              groups.getOrDefault(id, List.of()),
              roles.getOrDefault(id, List.of())));
    }
    return users;
  }

  private Set<String> column(String query, Collection<String> ids) {
    Set<String> values = new LinkedHashSet<>();
    for (List<String> chunk : chunks(ids)) {
      values.addAll(em.createQuery(query, String.class).setParameter("ids", chunk).getResultList());
    }
    return values;
  }

  private void pairs(
      String query, Collection<String> ids, boolean inRealm, BiConsumer<String, String> each) {
    for (List<String> chunk : chunks(ids)) {
      var typed = em.createQuery(query, Object[].class).setParameter("ids", chunk);
      if (inRealm) {
        typed.setParameter("realmId", realm.getId());
      }
      for (Object[] row : typed.getResultList()) {
        each.accept((String) row[0], (String) row[1]);
      }
    }
  }

  private static List<List<String>> chunks(Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }
}
