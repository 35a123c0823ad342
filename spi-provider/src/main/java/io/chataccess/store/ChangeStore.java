package io.chataccess.store;

import java.util.List;
import java.util.OptionalLong;

/** The realm's change log: one entry per revision, written in the transaction of the write. */
public interface ChangeStore {

  void append(String realmId, ChangeEntry entry);

  /** Entries with a revision above {@code revision}, oldest first, at most {@code max}. */
  List<ChangeEntry> after(String realmId, long revision, int max);

  /** The lowest revision still held, if any. */
  OptionalLong oldest(String realmId);

  /**
   * Removes entries older than {@code before} (epoch milliseconds) and all but the newest {@code
   * keep} entries; returns how many went.
   */
  int prune(String realmId, long before, int keep);
}
