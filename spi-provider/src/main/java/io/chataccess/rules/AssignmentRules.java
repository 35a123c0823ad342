package io.chataccess.rules;

import java.util.regex.Pattern;

/** The fields of an assignment that need no realm, as the API and the document give them. */
public final class AssignmentRules {

  /** Where an assignment came from: by hand, a document, or an identity provider's mapper. */
  public static final Pattern SOURCE =
      Pattern.compile("manual|document|idp:[A-Za-z0-9._-]{1," + Limits.IDP_ALIAS_CHARS + "}");

  private AssignmentRules() {}

  public static void source(String source, String field, FieldErrors errors) {
    errors.check(
        source != null && SOURCE.matcher(source).matches(),
        field,
        "must be manual, document or idp:<alias>");
  }

  /**
   * An explicit inbox list names at least one inbox and at most {@link Limits#ASSIGNMENT_INBOXES}.
   */
  public static void inboxCount(int count, String field, FieldErrors errors) {
    listCount(count, Limits.ASSIGNMENT_INBOXES, "inbox", "inboxes", field, errors);
  }

  /** A several-node scope names at least one node and at most {@link Limits#ASSIGNMENT_NODES}. */
  public static void nodeCount(int count, String field, FieldErrors errors) {
    listCount(count, Limits.ASSIGNMENT_NODES, "node", "nodes", field, errors);
  }

  private static void listCount(
      int count, int most, String one, String many, String field, FieldErrors errors) {
    errors.check(count > 0, field, "list at least one " + one);
    errors.check(count <= most, field, "at most " + most + " " + many);
  }
}
