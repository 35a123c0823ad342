package io.chataccess.policy;

import java.util.List;

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
  public static final String WEBHOOK = "webhook";

  /** A write whose operation declared nothing: recorded as reaching every user. */
  public static final String UNDECLARED = "chat-data";

  public static final List<String> ALL =
      List.of(
          ASSIGNMENT,
          NODE,
          ROLE,
          LICENSE,
          SEAT,
          SUSPENSION,
          SETTINGS,
          PERMISSION,
          AUTHZEN_MAPPING,
          CLEANUP,
          WEBHOOK,
          UNDECLARED);

  /** The longest list of kinds as the change log stores it: all of them, comma-separated. */
  public static final int JOINED_CHARS = String.join(",", ALL).length();

  private ChangeKinds() {}
}
