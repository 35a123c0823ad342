package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.RoleVersion;
import io.chataccess.domain.Assignments;
import io.chataccess.domain.RoleVersions;
import io.chataccess.domain.Seats;
import io.chataccess.domain.TreeChanges;
import io.chataccess.domain.WriteUnit;
import io.chataccess.policy.ChangeKinds;
import io.chataccess.policy.SubjectType;
import io.chataccess.rules.FieldErrors;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredRoleVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Makes a realm's chat data what a document says (docs/document.md, "Import rules"). The caller
 * holds the realm's write lock and owns the transaction: {@link #check} first (it throws every
 * error at once and writes nothing), then {@link #apply}, which returns the changes it made.
 *
 * <p>Each section has its own importer; this class only keeps their order: creations and updates
 * from permissions and settings down to assignments, then the deletions, from roles back up to
 * permissions, once what stays no longer refers to what goes.
 */
public final class DocumentImporter {

  private final ChatAccessStore store;
  private final String realmId;
  private final RealmNames names;
  private final ChangeLog log = new ChangeLog();
  private final PermissionImport permissions;
  private final SettingsImport settings;
  private final TreeImport tree;
  private final LicenseImport licenses;
  private final RoleImport roles;
  private final AssignmentImport assignments;
  private final WriteUnit unit;

  public DocumentImporter(KeycloakSession session, ChatAccessStore store, RealmModel realm) {
    this.store = store;
    this.realmId = realm.getId();
    this.names = new RealmNames(session, realm);
    this.unit = new WriteUnit(session, store, realmId);
    AssignmentChanges assignmentChanges = new AssignmentChanges(log);
    this.permissions = new PermissionImport(store, realmId, log);
    this.settings = new SettingsImport(store, realmId, names, log);
    this.tree = new TreeImport(store, realmId, new TreeChanges(unit), log);
    this.licenses = new LicenseImport(store, realmId, names, new Seats(unit), log);
    this.roles =
        new RoleImport(store, realmId, names, new RoleVersions(unit), log, assignmentChanges);
    this.assignments =
        new AssignmentImport(store, realmId, names, new Assignments(unit), assignmentChanges);
  }

  /** Checks every reference to the realm; throws all errors as one 400 problem. */
  public void check(ChatAccessDocument document) {
    FieldErrors errors = new FieldErrors();
    names.preloadUsernames(usernames(document));
    new ImportCheck(store, realmId, names, errors).check(document);
    errors.throwIfAny();
  }

  /** Every username the document names: license holders and users given assignments. */
  private static List<String> usernames(ChatAccessDocument document) {
    List<String> usernames = new ArrayList<>();
    if (document.licenses() != null) {
      for (ChatAccessDocument.License license : document.licenses()) {
        if (license.holders() != null) {
          license.holders().stream().filter(Objects::nonNull).forEach(usernames::add);
        }
      }
    }
    if (document.assignments() != null) {
      for (Assignment assignment : document.assignments()) {
        ChatAccessDocument.Subject subject = assignment.subject();
        if (subject != null && subject.type() == SubjectType.USER && subject.name() != null) {
          usernames.add(subject.name());
        }
      }
    }
    return usernames;
  }

  /** Applies the sections the document has; a section it leaves out is left alone. */
  public List<DocumentChange> apply(ChatAccessDocument document) {
    if (document.permissions() != null) {
      permissions.createOrReplace(document.permissions());
    }
    if (document.settings() != null) {
      settings.apply(document.settings());
    }
    if (document.inboxes() != null) {
      tree.createOrUpdate(document.inboxes());
    }
    if (document.licenses() != null) {
      licenses.createOrUpdate(document.licenses());
    }
    if (document.roles() != null) {
      roles.createOrUpdate(document.roles());
    }
    if (document.assignments() != null) {
      assignments.apply(document.assignments());
    }
    if (document.roles() != null) {
      roles.deleteNotIn(document.roles());
    }
    if (document.licenses() != null) {
      licenses.deleteNotIn(document.licenses());
    }
    if (document.inboxes() != null) {
      tree.deleteNotIn(document.inboxes());
    }
    if (document.permissions() != null) {
      permissions.deleteNotIn(document.permissions());
    }
    declare(log.changes());
    return log.changes();
  }

  /**
   * For the change log: assignments declare whom they reach as they are written; a change of any
   * other part of the configuration is recorded as reaching every user.
   */
  private void declare(List<DocumentChange> changes) {
    for (DocumentChange change : changes) {
      if (change.target() != DocumentChange.Target.ASSIGNMENT) {
        unit.changes().kind(kind(change.target())).allUsers();
      }
    }
  }

  private static String kind(DocumentChange.Target target) {
    return switch (target) {
      case SETTINGS -> ChangeKinds.SETTINGS;
      case PERMISSION -> ChangeKinds.PERMISSION;
      case INBOX -> ChangeKinds.NODE;
      case LICENSE -> ChangeKinds.LICENSE;
      case LICENSE_HOLDER -> ChangeKinds.SEAT;
      case ROLE -> ChangeKinds.ROLE;
      case ASSIGNMENT -> ChangeKinds.ASSIGNMENT;
    };
  }

  /** Whether the stored history is the document's first versions (see {@link RoleImport}). */
  static boolean isPrefix(List<StoredRoleVersion> history, List<RoleVersion> versions) {
    return RoleImport.isPrefix(history, versions);
  }
}
