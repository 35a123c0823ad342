package io.chataccess.domain;

/** The kinds of change the change log names (docs/changes.md, "Kinds"). */
public final class ChangeKinds {

  public static final String ASSIGNMENT = "assignment";
  public static final String NODE = "node";
  public static final String ROLE = "role";
  public static final String LICENSE = "license";
  public static final String SEAT = "license.seat";
  public static final String SUSPENSION = "suspension";
  public static final String SETTINGS = "settings";
  public static final String PERMISSION = "permission";
  public static final String AUTHZEN_MAPPING = "authzen.mapping";
  public static final String CLEANUP = "cleanup";

  /** A write whose operation declared nothing: recorded as reaching every user. */
  public static final String UNDECLARED = "chat-data";

  private ChangeKinds() {}
}
