package io.chataccess.login;

import io.chataccess.domain.Seats;
import io.chataccess.domain.WriteUnit;
import io.chataccess.store.StoredLicenseType;
import java.util.Optional;

/**
 * Gives a user a seat of a license type when one is free. The seat count is checked again under the
 * realm's write lock, so concurrent logins never take more seats than there are; a full license is
 * recognised before locking, so a login storm on a full pool takes no lock.
 */
final class SeatAllocation {

  /** What became of the request for a seat. */
  enum Outcome {
    ALREADY_HELD,
    GRANTED,
    FULL
  }

  static final String SOURCE = "login";

  private final WriteUnit unit;

  SeatAllocation(WriteUnit unit) {
    this.unit = unit;
  }

  Outcome requestSeat(StoredLicenseType license, String userId) {
    Seats seats = new Seats(unit);
    Optional<Seats.Result> refused = seats.refusal(license.id(), userId);
    if (refused.isPresent()) {
      return outcomeOf(refused.get());
    }
    return unit.run(() -> outcomeOf(seats.take(license.id(), userId, SOURCE)));
  }

  private static Outcome outcomeOf(Seats.Result result) {
    return switch (result.outcome()) {
      case TAKEN -> Outcome.GRANTED;
      case ALREADY_HELD -> Outcome.ALREADY_HELD;
      case FULL, NO_SUCH_LICENSE -> Outcome.FULL;
    };
  }
}
