package io.chataccess.login;

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

  private final ChatAccessStore store;
  private final String realmId;

  SeatAllocation(ChatAccessStore store, String realmId) {
    this.store = store;
    this.realmId = realmId;
  }

  Outcome requestSeat(StoredLicenseType license, String userId) {
    if (holds(license, userId)) {
      return Outcome.ALREADY_HELD;
    }
    if (isFull(license.id())) {
      return Outcome.FULL;
    }
    store.settings().lockAndBumpRevision(realmId);
    if (holds(license, userId)) {
      return Outcome.ALREADY_HELD;
    }
    if (isFull(license.id())) {
      return Outcome.FULL;
    }
    store.licenses().addHolder(realmId, license.id(), userId, SOURCE);
    return Outcome.GRANTED;
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
