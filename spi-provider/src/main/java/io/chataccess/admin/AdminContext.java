package io.chataccess.admin;

import io.chataccess.cache.ChatAccessView;
import io.chataccess.domain.WriteUnit;
import io.chataccess.policy.DelegatedArea;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.Revisions;
import io.chataccess.rules.Rejected;
import io.chataccess.store.ChatAccessStore;
import jakarta.persistence.PersistenceException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What every admin resource of one request works with: the realm, the caller's rights, the admin
 * event builder and the store. Rights checks, write locking and admin events live here so that
 * every resource does them the same way.
 */
final class AdminContext {

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;
  private final AdminEventBuilder adminEvent;
  private final ChatAccessStore store;
  private DelegatedArea delegatedArea;

  AdminContext(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
    this.adminEvent = adminEvent;
    this.store = session.getProvider(ChatAccessStore.class);
  }

  KeycloakSession session() {
    return session;
  }

  RealmModel realm() {
    return realm;
  }

  String realmId() {
    return realm.getId();
  }

  ChatAccessStore store() {
    return store;
  }

  /** Reads need the realm's view rights. */
  void requireView() {
    if (!auth.realm().canViewRealm()) {
      throw ProblemException.forbidden("Reading chat access needs the realm's view rights.");
    }
  }

  /**
   * Reads of what users hold (license holders, a user's suspension): the realm's view rights, or
   * manage-users, which may change them and so must be able to see them.
   */
  void requireViewOrManageUsers() {
    if (!auth.realm().canViewRealm() && !auth.users().canManage()) {
      throw ProblemException.forbidden(
          "Reading what users hold needs the realm's view rights or manage-users.");
    }
  }

  /**
   * Reads of the tree, the roles and the catalog: the realm's view rights, or a delegation (a
   * delegated administrator needs them to pick a node and a role).
   */
  void requireViewOrDelegation() {
    if (!auth.realm().canViewRealm() && delegatedArea().isEmpty()) {
      throw ProblemException.forbidden("Reading chat access needs the realm's view rights.");
    }
  }

  /** Whether the caller holds manage-realm or manage-users (and so needs no delegation). */
  boolean hasSomeWriteRight() {
    return auth.realm().canManageRealm() || auth.users().canManage();
  }

  /** A caller without the realm's rights must administer some part of the tree by delegation. */
  void requireDelegation() {
    if (delegatedArea().isEmpty()) {
      throw ProblemException.forbidden(
          "Changing chat access needs manage-realm, manage-users, or the chat permission "
              + DelegatedArea.PERMISSION
              + " on part of the inbox tree.");
    }
  }

  boolean canViewRealm() {
    return auth.realm().canViewRealm();
  }

  /**
   * Where the caller administers assignments by delegation: a user of this realm holding the chat
   * permission access.manage; nothing for anyone else. Computed once per request.
   */
  DelegatedArea delegatedArea() {
    if (delegatedArea == null) {
      AdminAuth admin = auth.adminAuth();
      if (admin == null
          || admin.getUser() == null
          || !realm.getId().equals(admin.getRealm().getId())) {
        delegatedArea = DelegatedArea.nothing();
      } else {
        ChatAccessView view = ChatAccessView.of(session, realm, admin.getUser());
        delegatedArea = DelegatedArea.of(view.policy(), view.user());
      }
    }
    return delegatedArea;
  }

  /** Writes to the realm's chat configuration need the realm's manage rights. */
  void requireManageRealm() {
    if (!auth.realm().canManageRealm()) {
      throw ProblemException.forbidden("Changing chat access needs the realm's manage rights.");
    }
  }

  /** Writes that give or take something from users need manage-users. */
  void requireManageUsers() {
    if (!auth.users().canManage()) {
      throw ProblemException.forbidden("Changing what users hold needs manage-users.");
    }
  }

  /** Before the body tells which right a write needs: the caller must hold at least one. */
  void requireSomeWriteRight() {
    if (!auth.realm().canManageRealm() && !auth.users().canManage()) {
      throw ProblemException.forbidden("Changing chat access needs manage-realm or manage-users.");
    }
  }

  /**
   * Writes one item and records its admin event, whose representation is what the change returns.
   * See {@link #write(Supplier, Function)}.
   */
  <T> T write(
      OperationType operation,
      String resourceType,
      Supplier<T> change,
      Function<T, List<String>> path) {
    return write(
        change, done -> List.of(new AdminRecord(operation, resourceType, done, path.apply(done))));
  }

  /**
   * The admin API's write: runs the change in the realm's write unit (lock, revision bump, reads
   * after the lock, rollback of everything on a refusal) and then records the admin events the
   * change reports, in the same transaction. There is no other way for a resource to write, so no
   * write can miss its lock or its events. A database constraint that still fails (a race the
   * checks could not see) becomes a 409 and rolls back too. A write that outlives the server's
   * transaction timeout is rolled back by the server and answers 503: trying again would only time
   * out again.
   */
  <T> T write(Supplier<T> change, Function<T, List<AdminRecord>> events) {
    T done = inUnit(change);
    events.apply(done).forEach(this::record);
    return done;
  }

  private <T> T inUnit(Supplier<T> change) {
    try {
      WriteUnit unit = unit();
      T done = unit.run(change);
      Revisions.answeredAt(session, unit.producedRevision());
      return done;
    } catch (Rejected rejected) {
      throw ProblemException.of(rejected);
    } catch (PersistenceException | ModelException e) {
      boolean timedOut = TransactionOutcome.rolledBackByServer(session);
      if (timedOut) {
        throw ProblemException.timedOut(
            "The change took longer than the server's transaction timeout and was rolled back;"
                + " nothing was changed. Import large documents in parts, or raise the server's"
                + " transaction-default-timeout option.");
      }
      if (e instanceof ModelException && !(e instanceof ModelDuplicateException)) {
        throw e;
      }
      throw ProblemException.conflict("The change conflicts with a concurrent change; try again.");
    }
  }

  /**
   * The realm's write unit: what {@link #write(Supplier, Function)} runs in, and what domain
   * operations work in.
   */
  WriteUnit unit() {
    return new WriteUnit(session, store, realm.getId());
  }

  /** Runs a check that needs no write lock, turning a refusal of the rules into a problem. */
  <T> T checked(Supplier<T> check) {
    try {
      return check.get();
    } catch (Rejected rejected) {
      throw ProblemException.of(rejected);
    }
  }

  /** The absolute URI of an item below the requested collection, for {@code Location}. */
  URI locationOf(String id) {
    return session.getContext().getUri().getAbsolutePathBuilder().path(id).build();
  }

  private void record(AdminRecord event) {
    List<String> path = new ArrayList<>();
    path.add("chat-access");
    path.addAll(event.path());
    adminEvent
        .operation(event.operation())
        .resource(event.resourceType())
        .resourcePath(path.toArray(String[]::new))
        .representation(event.representation())
        .success();
  }
}
