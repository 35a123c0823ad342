package io.chataccess.probe;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * {@code GET /realms/{realm}/chat-access-probe/statements}: the number of SQL statements Hibernate
 * has prepared since the probe was first called (statistics switch on at that call). Test servers
 * only.
 */
public final class SqlStatementProbeFactory implements RealmResourceProviderFactory {

  public static final String PROVIDER_ID = "chat-access-probe";

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new RealmResourceProvider() {
      @Override
      public Object getResource() {
        return new Resource(session);
      }

      @Override
      public void close() {}
    };
  }

  /** The probe's only resource. */
  public static final class Resource {
    private final KeycloakSession session;

    Resource(KeycloakSession session) {
      this.session = session;
    }

    @GET
    @Path("statements")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> statements() {
      EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
      Statistics statistics =
          em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
      if (!statistics.isStatisticsEnabled()) {
        statistics.setStatisticsEnabled(true);
      }
      return Map.of("prepared", statistics.getPrepareStatementCount());
    }
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
