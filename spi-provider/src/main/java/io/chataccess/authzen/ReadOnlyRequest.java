package io.chataccess.authzen;

import jakarta.persistence.FlushModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * An AuthZEN request only reads. A search decides hundreds of candidates, each loading the user's
 * memberships with a query; with Hibernate's default flush mode every such query first checks every
 * entity the request has loaded for changes, which makes a search quadratic in its candidates.
 * Nothing is written, so flushing only at commit is safe.
 */
final class ReadOnlyRequest {

  private ReadOnlyRequest() {}

  static void begin(KeycloakSession session) {
    JpaConnectionProvider jpa = session.getProvider(JpaConnectionProvider.class);
    if (jpa != null) {
      jpa.getEntityManager().setFlushMode(FlushModeType.COMMIT);
    }
  }
}
