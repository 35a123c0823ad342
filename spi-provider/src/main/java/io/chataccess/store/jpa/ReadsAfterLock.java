package io.chataccess.store.jpa;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Makes every read after the realm's write lock see the database as it is: entities of ours that
 * the request loaded before it took the lock (a license read to find the resource, a tree read for
 * a permission check) are detached, so the decision that follows (is a seat free, does the node
 * still exist) reads them again instead of trusting a copy from before a concurrent commit.
 * Keycloak's own entities in the same persistence context are left alone.
 */
final class ReadsAfterLock {

  private static final String OWN_PACKAGE = ReadsAfterLock.class.getPackageName();

  private ReadsAfterLock() {}

  static void forgetOwnEntities(EntityManager em, Object keep) {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    List<Object> ours = new ArrayList<>();
    for (Map.Entry<Object, EntityEntry> entry :
        session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
      Object entity = entry.getKey();
      if (entity != keep && entity.getClass().getPackageName().equals(OWN_PACKAGE)) {
        ours.add(entity);
      }
    }
    ours.forEach(em::detach);
  }
}
