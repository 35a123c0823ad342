package io.chataccess.store;

import io.chataccess.policy.Channel;
import io.chataccess.policy.LicenseType;
import java.util.Set;

/** A license type as stored; {@code seatLimit} null means unlimited. */
public record StoredLicenseType(
    String id, String key, String name, Integer seatLimit, Set<Channel> channels) {

  public StoredLicenseType {
    channels = channels == null ? Set.of() : Set.copyOf(channels);
  }

  public LicenseType toLicenseType() {
    return new LicenseType(id, key, name, seatLimit, channels);
  }
}
