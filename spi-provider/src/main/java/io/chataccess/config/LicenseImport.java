package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.License;
import io.chataccess.config.DocumentChange.Operation;
import io.chataccess.config.DocumentChange.Target;
import io.chataccess.domain.Seats;
import io.chataccess.rules.Rejected;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredHolder;
import io.chataccess.store.StoredLicenseType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the document's license types and their holders: seats of users the document leaves out
 * are released before the document's holders take theirs, so a full license can change hands.
 */
final class LicenseImport {

  private static final String DOCUMENT_SOURCE = "document";

  private final ChatAccessStore store;
  private final String realmId;
  private final RealmNames names;
  private final Seats seats;
  private final ChangeLog log;

  LicenseImport(
      ChatAccessStore store, String realmId, RealmNames names, Seats seats, ChangeLog log) {
    this.store = store;
    this.realmId = realmId;
    this.names = names;
    this.seats = seats;
    this.log = log;
  }

  void createOrUpdate(List<License> wanted) {
    Map<String, StoredLicenseType> stored =
        KeyIndex.of(store.licenses().list(realmId), StoredLicenseType::key);
    for (License license : wanted) {
      StoredLicenseType existing = stored.get(license.key());
      StoredLicenseType desired =
          new StoredLicenseType(
              existing == null ? null : existing.id(),
              license.key(),
              license.name(),
              license.seats(),
              license.channels());
      String id;
      if (existing == null) {
        id = store.licenses().create(realmId, desired).id();
        log.record(
            Operation.CREATE,
            Target.LICENSE,
            license.key(),
            ChangeRepresentations.license(license));
      } else {
        id = existing.id();
        removeHoldersNotIn(license, id);
        if (!existing.equals(desired)) {
          store.licenses().update(realmId, desired);
          log.record(
              Operation.UPDATE,
              Target.LICENSE,
              license.key(),
              ChangeRepresentations.license(license));
        }
      }
      addMissingHolders(license, id);
    }
  }

  private void removeHoldersNotIn(License license, String licenseId) {
    Set<String> wantedIds =
        license.holders().stream().map(names::userId).collect(Collectors.toSet());
    for (StoredHolder holder : store.licenses().holders(realmId, licenseId, 0, Integer.MAX_VALUE)) {
      if (!wantedIds.contains(holder.userId())) {
        seats.release(licenseId, holder.userId());
        log.record(
            Operation.DELETE,
            Target.LICENSE_HOLDER,
            license.key() + ": " + names.username(holder.userId()),
            ChangeRepresentations.holder(
                license.key(), holder.userId(), names.username(holder.userId())));
      }
    }
  }

  /** Every holder the document names takes a seat; a full license refuses the whole import. */
  private void addMissingHolders(License license, String licenseId) {
    for (String username : license.holders()) {
      String userId = names.userId(username);
      Seats.Outcome outcome = seats.take(licenseId, userId, DOCUMENT_SOURCE).outcome();
      if (outcome == Seats.Outcome.FULL) {
        throw Rejected.conflict(
            "$.licenses", "license " + license.key() + " has no seat left for " + username);
      }
      if (outcome == Seats.Outcome.TAKEN) {
        log.record(
            Operation.CREATE,
            Target.LICENSE_HOLDER,
            license.key() + ": " + username,
            ChangeRepresentations.holder(license.key(), userId, username));
      }
    }
  }

  void deleteNotIn(List<License> wanted) {
    Set<String> keys = wanted.stream().map(License::key).collect(Collectors.toSet());
    for (StoredLicenseType stored : store.licenses().list(realmId)) {
      if (!keys.contains(stored.key())) {
        store.licenses().delete(realmId, stored.id());
        log.record(
            Operation.DELETE,
            Target.LICENSE,
            stored.key(),
            ChangeRepresentations.removedLicense(stored));
      }
    }
  }
}
