package io.chataccess.config;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Looks up many users of Keycloak's own database at once, as (id, username) pairs, a query per
 * {@value #CHUNK} names. Unlike one {@code getUserByUsername} per user, it loads no user entities
 * into the persistence context, whose every flush would otherwise visit thousands of them. Users of
 * a federated store are not found here; callers look those up one by one as before.
 */
final class LocalUsers {

  private static final Logger LOG = Logger.getLogger(LocalUsers.class);
  private static final int CHUNK = 500;

  private final KeycloakSession session;
  private final RealmModel realm;

  LocalUsers(KeycloakSession session, RealmModel realm) {
    this.session = session;
    this.realm = realm;
  }

  /** Ids by lower-case username, for the usernames found. */
  Map<String, String> idsByUsername(Collection<String> usernames) {
    List<String> lowerCase = usernames.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    return pairs("u.username", lowerCase, true);
  }

  /** Usernames by id, for the ids found. */
  Map<String, String> usernamesById(Collection<String> ids) {
    return pairs("u.id", List.copyOf(ids), false);
  }

  private Map<String, String> pairs(String field, List<String> values, boolean byUsername) {
    Map<String, String> result = new HashMap<>();
    try {
      EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
      for (int from = 0; from < values.size(); from += CHUNK) {
        List<String> chunk =
            new ArrayList<>(values.subList(from, Math.min(values.size(), from + CHUNK)));
        List<Object[]> rows =
            em.createQuery(
                    "select u.id, u.username from UserEntity u"
                        + " where u.realmId = :realmId and "
                        + field
                        + " in :values",
                    Object[].class)
                .setParameter("realmId", realm.getId())
                .setParameter("values", chunk)
                .getResultList();
        for (Object[] row : rows) {
          String id = (String) row[0];
          String username = (String) row[1];
          result.put(byUsername ? username : id, byUsername ? id : username);
        }
      }
    } catch (RuntimeException e) {
      // Keycloak's JPA user store not available as expected: every user is looked up one by one
      LOG.debugf(e, "bulk user lookup unavailable in realm %s", realm.getName());
      return Map.of();
    }
    return result;
  }
}
