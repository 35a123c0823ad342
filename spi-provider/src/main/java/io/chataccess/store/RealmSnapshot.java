package io.chataccess.store;

import io.chataccess.policy.ChatPolicy;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A realm's chat data as token issuance needs it, all read at the policy's revision: the compiled
 * policy, who holds which licenses, who is suspended, the group below which groups count as
 * departments, and who a "new only" save kept on which role version. With this cached, a token
 * needs no chat query at all.
 */
public record RealmSnapshot(
    ChatPolicy policy,
    LicenseHoldings licenses,
    Set<String> suspendedUserIds,
    String departmentRootGroupId,
    KeptVersions keptVersions) {

  public RealmSnapshot {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(licenses, "licenses");
    suspendedUserIds = Set.copyOf(suspendedUserIds);
    keptVersions = keptVersions == null ? KeptVersions.none() : keptVersions;
  }

  /** Per role id, the version a "new only" save kept the user on. */
  public Map<String, Integer> keptVersionsOf(String userId) {
    return keptVersions.of(userId);
  }

  public long revision() {
    return policy.revision();
  }

  public Set<String> licenseTypeIdsOf(String userId) {
    return licenses.licenseTypeIdsOf(userId);
  }

  public boolean suspended(String userId) {
    return suspendedUserIds.contains(userId);
  }
}
