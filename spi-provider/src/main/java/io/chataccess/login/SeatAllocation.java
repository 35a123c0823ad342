package io.chataccess.login;

import io.chataccess.domain.Seats;
import io.chataccess.domain.WriteUnit;
import io.chataccess.store.ChatAccessStore;
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
  private final ChatAccessStore store;
  private final String realmId;

  SeatAllocation(WriteUnit unit) {
    this.unit = unit;
    this.store = unit.store();
    this.realmId = unit.realmId();
  }

  Outcome requestSeat(StoredLicenseType license, String userId) {
    if (holds(license, userId)) {
      return Outcome.ALREADY_HELD;
    }
    if (isFull(license.id())) {
      return Outcome.FULL;
    }
    return unit.run(
        () ->
            switch (new Seats(unit).take(license.id(), userId, SOURCE).outcome()) {
              case TAKEN -> Outcome.GRANTED;
              case ALREADY_HELD -> Outcome.ALREADY_HELD;
              case FULL, NO_SUCH_LICENSE -> Outcome.FULL;
            });
  }

  private boolean holds(StoredLicenseType license, String userId) {
    return store.licenses().holder(realmId, license.id(), userId).isPresent();
  }

  /** Full when every seat is taken, or when the license was deleted meanwhile. */
  private boolean isFull(String licenseTypeId) {
    Optional<StoredLicenseType> current = store.licenses().find(realmId, licenseTypeId);
    if (current.isEmpty()) {
      return true;
    }
    Integer seats = current.get().seatLimit();
    return seats != null && store.licenses().seatsUsed(realmId, licenseTypeId) >= seats;
  }
}
