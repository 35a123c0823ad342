package io.chataccess.admin;

import io.chataccess.admin.AssignmentRepresentation.SubjectRepresentation;
import io.chataccess.config.ChatAccessDocument;
import io.chataccess.config.RealmNames;
import io.chataccess.policy.Grants;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.Scope;
import io.chataccess.policy.Subject;
import io.chataccess.policy.SubjectType;
import io.chataccess.rest.ProblemException;
import io.chataccess.rules.AssignmentRules;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.GrantRules;
import io.chataccess.rules.Texts;
import io.chataccess.store.StoredAssignment;
import io.chataccess.store.StoredRole;
import io.chataccess.store.StoredRoleVersion;
import java.util.List;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/** Validates an assignment sent by a client against the realm and turns it into a stored one. */
final class AssignmentInput {

  private final AdminContext context;

  AssignmentInput(AdminContext context) {
    this.context = context;
  }

  /**
   * For a new assignment {@code existing} is null; for an update it is the stored one, whose
   * subject and source cannot change.
   */
  StoredAssignment validate(AssignmentRepresentation rep, StoredAssignment existing) {
    return validate(rep, existing, true);
  }

  /**
   * As above; {@code pinGiven} says whether the body had a {@code pinnedVersion} member. Without it
   * an update of the same role keeps the stored pin: a script changing a scope must not release
   * agents a "new only" save kept back (only an explicit null releases them).
   */
  StoredAssignment validate(
      AssignmentRepresentation rep, StoredAssignment existing, boolean pinGiven) {
    FieldErrors errors = new FieldErrors();
    Subject subject;
    String container = null;
    String source;
    if (existing == null) {
      subject = subject(rep.subject(), errors);
      container = subject == null ? null : clientOf(subject);
      source = rep.source() == null ? "manual" : rep.source();
      AssignmentRules.source(source, "source", errors);
    } else {
      subject = existing.subject();
      container = existing.subjectContainerId();
      source = existing.source();
      if (rep.subject() != null
          && (!existing.subject().type().wireName().equals(rep.subject().type())
              || !existing.subject().id().equals(rep.subject().id()))) {
        errors.add("subject", "cannot change; create a new assignment");
      }
      errors.check(rep.source() == null || rep.source().equals(source), "source", "cannot change");
    }
    String roleId = roleId(rep, errors);
    Integer pinnedVersion = rep.pinnedVersion();
    boolean hasRole = roleId != null;
    Grants grants = null;
    if (hasRole == (rep.grants() != null)) {
      errors.add("roleId", "give either roleId (or roleKey) or grants");
    } else if (hasRole) {
      if (!pinGiven && existing != null && roleId.equals(existing.roleId())) {
        pinnedVersion = existing.pinnedVersion();
      }
      checkRole(roleId, pinnedVersion, errors);
    } else {
      errors.check(rep.pinnedVersion() == null, "pinnedVersion", "only with a roleId");
      PermissionCatalog catalog =
          PermissionCatalog.withCustom(context.store().permissions().list(context.realmId()));
      grants = GrantRules.validateExtra(rep.grants(), catalog, "grants", errors);
    }
    Scope scope =
        new ScopeInput(context.store().nodes().list(context.realmId()), errors).read(rep.scope());
    ProblemException.throwIfAny(errors);
    return new StoredAssignment(
        existing == null ? null : existing.id(),
        subject,
        container,
        roleId,
        hasRole ? pinnedVersion : null,
        grants,
        scope,
        source,
        existing == null ? 0 : existing.createdAt());
  }

  /** The role given by id, or by key for a script; both given must name the same role. */
  private String roleId(AssignmentRepresentation rep, FieldErrors errors) {
    if (rep.roleKey() == null) {
      return rep.roleId();
    }
    String byKey =
        Texts.isReference(rep.roleKey())
            ? context
                .store()
                .roles()
                .findByKey(context.realmId(), rep.roleKey())
                .map(StoredRole::id)
                .orElse(null)
            : null;
    if (!errors.check(byKey != null, "roleKey", "no chat role of this key in this realm")) {
      return rep.roleId();
    }
    if (rep.roleId() != null && !rep.roleId().equals(byKey)) {
      // a roleId of no role is at fault itself; one of another role disagrees with roleKey
      if (Texts.isId(rep.roleId())
          && context.store().roles().find(context.realmId(), rep.roleId()).isPresent()) {
        errors.add("roleKey", "names another role than roleId");
      } else {
        errors.add("roleId", "no such chat role in this realm");
      }
    }
    return byKey;
  }

  private Subject subject(SubjectRepresentation rep, FieldErrors errors) {
    if (rep == null) {
      errors.add("subject", "required");
      return null;
    }
    SubjectType type = SubjectType.fromWireName(rep.type()).orElse(null);
    if (!errors.check(
        type != null, "subject.type", "must be user, group, realm-role or client-role")) {
      return null;
    }
    String id = rep.id();
    if (rep.name() != null) {
      String named = idOfName(type, rep.name());
      if (!errors.check(
          named != null, "subject.name", "no " + type.wireName() + " of this name in this realm")) {
        return null;
      }
      if (!errors.check(
          id == null || id.equals(named),
          "subject.name",
          "names another subject than subject.id")) {
        return null;
      }
      id = named;
    }
    if (!errors.check(
        Texts.isId(id),
        "subject.id",
        "required, a Keycloak id (or subject.name: a username, group path or role name)")) {
      return null;
    }
    Subject subject = new Subject(type, id);
    errors.check(exists(subject), "subject.id", "no such " + type.wireName() + " in this realm");
    return subject;
  }

  /**
   * The id of the subject a script names as answers name it: a username, a group path, a realm
   * role's name, or {@code client-id/role} for a client role (split at the last {@code /}).
   */
  private String idOfName(SubjectType type, String name) {
    if (!Texts.isReference(name)) {
      return null;
    }
    String roleName = name;
    String client = null;
    if (type == SubjectType.CLIENT_ROLE) {
      int slash = name.lastIndexOf('/');
      if (slash <= 0) {
        return null;
      }
      client = name.substring(0, slash);
      roleName = name.substring(slash + 1);
    }
    return new RealmNames(context.session(), context.realm())
        .subjectId(new ChatAccessDocument.Subject(type, roleName, client));
  }

  private boolean exists(Subject subject) {
    KeycloakSession session = context.session();
    RealmModel realm = context.realm();
    return switch (subject.type()) {
      case USER -> session.users().getUserById(realm, subject.id()) != null;
      case GROUP -> session.groups().getGroupById(realm, subject.id()) != null;
      case REALM_ROLE -> {
        RoleModel role = session.roles().getRoleById(realm, subject.id());
        yield role != null && !role.isClientRole();
      }
      case CLIENT_ROLE -> {
        RoleModel role = session.roles().getRoleById(realm, subject.id());
        yield role != null && role.isClientRole();
      }
    };
  }

  private String clientOf(Subject subject) {
    if (subject.type() != SubjectType.CLIENT_ROLE) {
      return null;
    }
    RoleModel role = context.session().roles().getRoleById(context.realm(), subject.id());
    return role != null && role.getContainer() instanceof ClientModel client
        ? client.getId()
        : null;
  }

  private void checkRole(String roleId, Integer pinnedVersion, FieldErrors errors) {
    if (!errors.check(
        Texts.isId(roleId) && context.store().roles().find(context.realmId(), roleId).isPresent(),
        "roleId",
        "no such chat role in this realm")) {
      return;
    }
    if (pinnedVersion != null) {
      List<StoredRoleVersion> versions =
          context.store().roles().versions(context.realmId(), roleId);
      errors.check(
          versions.stream().anyMatch(v -> v.version() == pinnedVersion),
          "pinnedVersion",
          "the role has no such version");
    }
  }
}
