package io.chataccess.store;

import java.util.List;

/**
 * One committed write of a realm's chat data, at the revision it produced: what kind of change (one
 * or more kinds, e.g. {@code assignment} and {@code license.seat} for a document import), the users
 * whose effective permissions may have changed and the nodes (by key) it touched. {@code allUsers}
 * means the change can reach any user of the realm (a setting, the catalog, a change too big to
 * list): a consumer then re-reads everyone it follows; {@code users} is then empty.
 */
public record ChangeEntry(
    long revision,
    long time,
    List<String> kinds,
    List<String> users,
    List<String> nodes,
    boolean allUsers) {

  public ChangeEntry {
    kinds = List.copyOf(kinds);
    users = allUsers ? List.of() : List.copyOf(users);
    nodes = List.copyOf(nodes);
  }
}
