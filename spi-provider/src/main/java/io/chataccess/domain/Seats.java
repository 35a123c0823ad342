package io.chataccess.domain;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredHolder;
import io.chataccess.store.StoredLicenseType;
import java.util.Optional;

/**
 * Taking and releasing seats of a license, for the admin API, the document import and the
 * just-in-time login step alike. Runs in a {@link WriteUnit}: the license's seat limit and the
 * count of holders are read after the realm's write lock, so seats are never oversold, not even
 * while the limit is lowered at the same time.
 */
public final class Seats {

  /** What became of a request for a seat. */
  public enum Outcome {
    TAKEN,
    ALREADY_HELD,
    FULL,
    NO_SUCH_LICENSE
  }

  /** The outcome and, when a seat was taken, the new holding. */
  public record Result(Outcome outcome, StoredHolder holder, StoredLicenseType license) {}

  private final WriteUnit unit;
  private final ChatAccessStore store;
  private final String realmId;

  public Seats(WriteUnit unit) {
    this.unit = unit;
    this.store = unit.store();
    this.realmId = unit.realmId();
  }

  /**
   * Why no seat could be taken now, or empty when one is free: the same decision as {@link #take},
   * without writing. A caller may look before the write lock to skip the lock when nothing is to be
   * had (a login step); only {@code take}, under the lock, decides.
   */
  public Optional<Result> refusal(String licenseId, String userId) {
    Result decision = decide(licenseId, userId);
    return decision.outcome() == null ? Optional.empty() : Optional.of(decision);
  }

  /** Takes a seat; call inside the unit's {@link WriteUnit#run}. */
  public Result take(String licenseId, String userId, String source) {
    Result decision = decide(licenseId, userId);
    if (decision.outcome() != null) {
      return decision;
    }
    StoredHolder holder = store.licenses().addHolder(realmId, licenseId, userId, source);
    unit.changes().kind(ChangeKinds.SEAT).user(userId);
    return new Result(Outcome.TAKEN, holder, decision.license());
  }

  /** The refusal, or a result without outcome (and with the license) when a seat is free. */
  private Result decide(String licenseId, String userId) {
    Optional<StoredLicenseType> license = store.licenses().find(realmId, licenseId);
    if (license.isEmpty()) {
      return new Result(Outcome.NO_SUCH_LICENSE, null, null);
    }
    if (store.licenses().holder(realmId, licenseId, userId).isPresent()) {
      return new Result(Outcome.ALREADY_HELD, null, license.get());
    }
    Integer seats = license.get().seatLimit();
    if (seats != null && store.licenses().seatsUsed(realmId, licenseId) >= seats) {
      return new Result(Outcome.FULL, null, license.get());
    }
    return new Result(null, null, license.get());
  }

  public boolean release(String licenseId, String userId) {
    unit.changes().kind(ChangeKinds.SEAT).user(userId);
    return store.licenses().removeHolder(realmId, licenseId, userId);
  }
}
