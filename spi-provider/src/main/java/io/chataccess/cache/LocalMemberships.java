package io.chataccess.cache;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.storage.UserStorageProvider;

/**
 * Reads who is in these groups and who holds these roles from Keycloak's own tables, as ids, one
 * query per {@value #CHUNK} groups or roles. Unlike Keycloak's user model, whose member queries
 * load every member as an entity, it loads no entities: a search over a thousand candidates does
 * not fill the persistence context with a thousand users.
 *
 * <p>Only for a realm without user federation: a federated store may keep memberships outside these
 * tables, so {@link #of} gives null there and callers go through the user model.
 */
public final class LocalMemberships {

  private static final int CHUNK = 500;

  private final EntityManager em;

  private LocalMemberships(EntityManager em) {
    this.em = em;
  }

  /** The reader for the realm, or null when the realm has user federation. */
  public static LocalMemberships of(KeycloakSession session, RealmModel realm) {
    boolean federated =
        realm
            .getComponentsStream(realm.getId(), UserStorageProvider.class.getName())
            .findAny()
            .isPresent();
    JpaConnectionProvider jpa = session.getProvider(JpaConnectionProvider.class);
    return federated || jpa == null ? null : new LocalMemberships(jpa.getEntityManager());
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

  private Set<String> column(String query, Collection<String> ids) {
    Set<String> values = new LinkedHashSet<>();
    for (List<String> chunk : chunks(ids)) {
      values.addAll(em.createQuery(query, String.class).setParameter("ids", chunk).getResultList());
    }
    return values;
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
