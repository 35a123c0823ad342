package io.chataccess.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who holds which license types in one realm, for answering "which licenses does this user hold"
 * without a query. Users holding the same combination of license types share one set, so the memory
 * is about one map entry per holder.
 */
public final class LicenseHoldings {

  private final Map<String, Set<String>> licenseTypeIdsByUser;

  private LicenseHoldings(Map<String, Set<String>> licenseTypeIdsByUser) {
    this.licenseTypeIdsByUser = licenseTypeIdsByUser;
  }

  public static LicenseHoldings none() {
    return new LicenseHoldings(Map.of());
  }

  /** From every user's license type ids; equal sets are stored once. */
  public static LicenseHoldings of(Map<String, Set<String>> licenseTypeIdsByUser) {
    Map<Set<String>, Set<String>> shared = new HashMap<>();
    Map<String, Set<String>> byUser = new HashMap<>(licenseTypeIdsByUser.size() * 4 / 3 + 1);
    licenseTypeIdsByUser.forEach(
        (userId, ids) -> byUser.put(userId, shared.computeIfAbsent(Set.copyOf(ids), s -> s)));
    return new LicenseHoldings(byUser);
  }

  public Set<String> licenseTypeIdsOf(String userId) {
    return licenseTypeIdsByUser.getOrDefault(userId, Set.of());
  }

  public int holders() {
    return licenseTypeIdsByUser.size();
  }
}
