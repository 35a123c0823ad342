package io.chataccess.policy;

import java.util.HashSet;
import java.util.Set;

/** Which channels a user's licenses cover. */
final class LicenseCoverage {

  private static final LicenseCoverage EVERYTHING = new LicenseCoverage(true, Set.of());

  private final boolean everyChannel;
  private final Set<Channel> channels;

  private LicenseCoverage(boolean everyChannel, Set<Channel> channels) {
    this.everyChannel = everyChannel;
    this.channels = channels;
  }

  static LicenseCoverage of(ChatPolicy policy, UserContext user) {
    if (!policy.licensesRequired()) {
      return EVERYTHING;
    }
    Set<Channel> covered = new HashSet<>();
    for (String id : user.licenseTypeIds()) {
      LicenseType license = policy.licenseType(id).orElse(null);
      if (license == null) {
        continue;
      }
      if (license.coversEveryChannel()) {
        return EVERYTHING;
      }
      covered.addAll(license.channels());
    }
    return new LicenseCoverage(false, covered);
  }

  boolean coversEveryChannel() {
    return everyChannel;
  }

  boolean covers(Channel channel) {
    return everyChannel || channels.contains(channel);
  }
}
