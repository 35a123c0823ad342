package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.AssignmentScope;
import io.chataccess.config.ChatAccessDocument.Subject;
import io.chataccess.config.DocumentChange.Operation;
import io.chataccess.config.DocumentChange.Target;
import io.chataccess.policy.Scope;
import io.chataccess.store.StoredAssignment;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records assignments an import creates or deletes: a readable description ("alice: agent on
 * berlin") as the change's key and the assignment as its representation.
 */
final class AssignmentChanges {

  private final ChangeLog log;

  AssignmentChanges(ChangeLog log) {
    this.log = log;
  }

  /** A stored assignment went away; its subject is {@code null} when it is being removed. */
  void deleted(
      StoredAssignment stored, Subject subject, String roleKey, Map<String, String> nodeKeys) {
    log.record(
        Operation.DELETE,
        Target.ASSIGNMENT,
        describe(subject, roleKey, stored.scope(), nodeKeys),
        representation(stored, subject, roleKey, nodeKeys));
  }

  /** The document's assignment was stored as {@code created}. */
  void created(StoredAssignment created, Assignment wanted, Map<String, String> nodeKeys) {
    log.record(
        Operation.CREATE,
        Target.ASSIGNMENT,
        describe(wanted.subject(), wanted.roleKey(), created.scope(), nodeKeys),
        representation(created, wanted.subject(), wanted.roleKey(), nodeKeys));
  }

  private static String describe(
      Subject subject, String roleKey, Scope scope, Map<String, String> nodeKeys) {
    String who = subject == null ? "a removed subject" : subject.describe();
    String what = roleKey == null ? "extra grants" : roleKey;
    AssignmentScope where = DocumentExporter.scope(scope, nodeKeys);
    String place = where == null ? "all inboxes" : where.describe();
    return who + ": " + what + " on " + place;
  }

  private static Map<String, Object> representation(
      StoredAssignment stored, Subject subject, String roleKey, Map<String, String> nodeKeys) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("id", stored.id());
    Map<String, Object> who = new LinkedHashMap<>();
    who.put("type", stored.subject().type().wireName());
    who.put("id", stored.subject().id());
    who.put("name", subject == null ? null : subject.name());
    rep.put("subject", who);
    rep.put("role", roleKey);
    rep.put("pinnedVersion", stored.pinnedVersion());
    rep.put(
        "grants",
        stored.roleId() == null ? ChangeRepresentations.grants(stored.inlineGrants()) : null);
    AssignmentScope scope = DocumentExporter.scope(stored.scope(), nodeKeys);
    rep.put("scope", scope == null ? Map.of("all", true) : scope);
    rep.put("source", stored.source());
    return rep;
  }
}
