package io.chataccess.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** License types and their holders. */
public interface LicenseStore {

  List<StoredLicenseType> list(String realmId);

  Optional<StoredLicenseType> find(String realmId, String id);

  Optional<StoredLicenseType> findByKey(String realmId, String key);

  StoredLicenseType create(String realmId, StoredLicenseType license);

  StoredLicenseType update(String realmId, StoredLicenseType license);

  /** Removes the license type and its holders. */
  void delete(String realmId, String id);

  long seatsUsed(String realmId, String licenseTypeId);

  Map<String, Long> seatsUsedByLicense(String realmId);

  List<StoredHolder> holders(String realmId, String licenseTypeId, int first, int max);

  Optional<StoredHolder> holder(String realmId, String licenseTypeId, String userId);

  /** Adds a holder; the caller has checked the seat limit under the realm's write lock. */
  StoredHolder addHolder(String realmId, String licenseTypeId, String userId, String source);

  boolean removeHolder(String realmId, String licenseTypeId, String userId);

  /** Every holding of the realm, by user. */
  LicenseHoldings holdings(String realmId);

  /** Every license holding of the user, for the admin events of user removal. */
  List<StoredHolder> holdingsOf(String realmId, String userId);

  void removeHoldingsOf(String realmId, String userId);
}
