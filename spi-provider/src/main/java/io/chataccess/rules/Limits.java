package io.chataccess.rules;

import io.chataccess.policy.Channel;
import io.chataccess.policy.Keys;

/**
 * Every limit of the product, defined once. The admin REST API, the chat-access document (REST and
 * startup import), the login steps and the identity-provider mappers check input against these
 * numbers; the database columns hold at least them, the document's JSON Schema states them and the
 * console is served them ({@code GET .../chat-access/limits}). Tests compare all three with this
 * class.
 */
public final class Limits {

  /** Keys of nodes, licenses and roles: {@code [a-z0-9][a-z0-9._-]{0,62}}. */
  public static final int KEY_CHARS = 63;

  /** Keys of custom permissions (dotted words). */
  public static final int PERMISSION_KEY_CHARS = Keys.PERMISSION_KEY_CHARS;

  public static final int NAME_CHARS = 255;
  public static final int DESCRIPTION_CHARS = 2048;
  public static final int SUSPENSION_REASON_CHARS = 1024;

  public static final int ATTRIBUTES = 50;
  public static final int ATTRIBUTE_NAME_CHARS = 255;
  public static final int ATTRIBUTE_VALUE_CHARS = 2048;

  /** The largest seat limit of a license; {@code null} is unlimited. */
  public static final int SEATS = 10_000_000;

  /** Channels a license may name (none = every channel). */
  public static final int LICENSE_CHANNELS = 64;

  /** The longest channel value, {@code custom:} and a 41-character name. */
  public static final int CHANNEL_CHARS = Channel.MAX_CHARS;

  /** A license's channels as stored: every channel, comma-separated. */
  public static final int LICENSE_CHANNELS_STORED_CHARS =
      LICENSE_CHANNELS * CHANNEL_CHARS + LICENSE_CHANNELS - 1;

  /** Levels of the inbox tree: a root node is at depth 1. */
  public static final int TREE_DEPTH = 16;

  public static final int NODES = 10_000;
  public static final int LICENSES = 2_000;
  public static final int ROLES = 2_000;
  public static final int CUSTOM_PERMISSIONS = 2_000;
  public static final int ROLE_VERSIONS = 1_000;
  public static final int ASSIGNMENTS = 100_000;
  public static final int LICENSE_HOLDERS = 100_000;

  /** Entries of one grants map (a role version or an assignment's extra grants). */
  public static final int GRANTS = 200;

  /** Inboxes of one assignment's explicit list. */
  public static final int ASSIGNMENT_INBOXES = NODES;

  /** Nodes of one assignment's several-node scope. */
  public static final int ASSIGNMENT_NODES = NODES;

  /** Names a document refers to: usernames, group paths, role names, the department root. */
  public static final int REFERENCE_CHARS = 1024;

  /** Identity-provider aliases in an assignment's source {@code idp:<alias>}. */
  public static final int IDP_ALIAS_CHARS = 100;

  /** An assignment's source as stored: {@code idp:} and the alias. */
  public static final int SOURCE_CHARS = 4 + IDP_ALIAS_CHARS;

  /** Keycloak ids (users, groups, roles) and ours. */
  public static final int ID_CHARS = 36;

  /** Checks of one batch request ({@code /check/batch}). */
  public static final int CHECK_BATCH = 100;

  /** Departments given for a conversation's owner in one check. */
  public static final int OWNER_DEPARTMENTS = 100;

  /** Action aliases and mapped resource types of a realm's AuthZEN mapping, each. */
  public static final int AUTHZEN_MAPPING_ENTRIES = 200;

  /** Webhooks of a realm, the length of a webhook URL, and entries of one webhook filter. */
  public static final int WEBHOOKS = 50;

  public static final int WEBHOOK_URL_CHARS = 2048;
  public static final int WEBHOOK_FILTER_ENTRIES = 1_000;

  public static final int REQUEST_BODY_CHARS = 1_000_000;
  public static final int DOCUMENT_CHARS = 20_000_000;
  public static final int STRING_CHARS = 100_000;

  /**
   * How deep JSON may nest: a document's tree takes two levels per tree level (the node object and
   * its {@code children} array), below the document object, its {@code inboxes} array and a node's
   * {@code attributes} object. Derived from {@link #TREE_DEPTH}, so a tree the API accepts is a
   * document that imports.
   */
  public static final int JSON_NESTING_DEPTH = 2 * TREE_DEPTH + 8;

  private Limits() {}
}
