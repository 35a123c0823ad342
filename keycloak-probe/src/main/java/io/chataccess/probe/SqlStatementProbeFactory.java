package io.chataccess.probe;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.CollectionStatistics;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * {@code GET /realms/{realm}/chat-access-probe/statements}: the number of SQL statements Hibernate
 * has prepared since the probe was first called (statistics switch on at that call), and how many
 * of them were ours ({@code chat}: executions of queries on chat-access entities plus loads and
 * fetches of those entities and their collections), and how many chat-access entities were
 * inserted, updated or deleted ({@code chatWrites}). Test servers only.
 */
public final class SqlStatementProbeFactory implements RealmResourceProviderFactory {

  public static final String PROVIDER_ID = "chat-access-probe";

  /** Our JPA entities are named ChatAccess... in queries and live in this package. */
  private static final String CHAT_ENTITY_PREFIX = "ChatAccess";

  private static final String CHAT_PACKAGE = "io.chataccess.";

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
      return Map.of(
          "prepared",
          statistics.getPrepareStatementCount(),
          "chat",
          chatReads(statistics),
          "chatWrites",
          chatWrites(statistics));
    }

    private static long chatWrites(Statistics statistics) {
      long writes = 0;
      for (String entity : statistics.getEntityNames()) {
        if (entity.startsWith(CHAT_PACKAGE) && !outbox(entity)) {
          EntityStatistics counts = statistics.getEntityStatistics(entity);
          writes += counts.getInsertCount() + counts.getUpdateCount() + counts.getDeleteCount();
        }
      }
      return writes;
    }

    /**
     * {@code GET .../columns}: every column of our tables ({@code CA_...}) as the database reports
     * it through JDBC metadata: {@code "TABLE.COLUMN" -> {"type", "size", "nullable"}}.
     */
    @GET
    @Path("columns")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Map<String, Object>> columns() {
      EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
      return em.unwrap(Session.class).doReturningWork(OurColumns::read);
    }

    /**
     * The webhook outbox is polled by its own delivery thread on every node, whatever requests do:
     * its queries and loads are background work, not part of what a request costs.
     */
    private static boolean outbox(String queryOrEntity) {
      return queryOrEntity.contains("Webhook");
    }

    private static long chatReads(Statistics statistics) {
      long reads = 0;
      for (String query : statistics.getQueries()) {
        if (query.contains(CHAT_ENTITY_PREFIX) && !outbox(query)) {
          reads += statistics.getQueryStatistics(query).getExecutionCount();
        }
      }
      for (String entity : statistics.getEntityNames()) {
        if (entity.startsWith(CHAT_PACKAGE) && !outbox(entity)) {
          EntityStatistics counts = statistics.getEntityStatistics(entity);
          reads += counts.getLoadCount() + counts.getFetchCount();
        }
      }
      for (String role : statistics.getCollectionRoleNames()) {
        if (role.startsWith(CHAT_PACKAGE)) {
          CollectionStatistics counts = statistics.getCollectionStatistics(role);
          reads += counts.getLoadCount() + counts.getFetchCount();
        }
      }
      return reads;
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
