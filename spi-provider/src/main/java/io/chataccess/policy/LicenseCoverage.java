package io.chataccess.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The channels a user's licenses cover; license type ids the policy does not know are ignored. When
 * the realm does not require licenses, everything is covered.
 */
final class LicenseCoverage {

  private static final LicenseCoverage UNGATED = new LicenseCoverage(List.of(), true);

  private final List<LicenseType> licenses;
  private final boolean everyChannel;

  private LicenseCoverage(List<LicenseType> licenses) {
    this(licenses, licenses.stream().anyMatch(LicenseType::coversEveryChannel));
  }

  private LicenseCoverage(List<LicenseType> licenses, boolean everyChannel) {
    this.licenses = licenses;
    this.everyChannel = everyChannel;
  }

  static LicenseCoverage of(ChatPolicy policy, UserContext user) {
    if (!policy.licensesRequired()) {
      return UNGATED;
    }
    List<LicenseType> held = new ArrayList<>(user.licenseTypeIds().size());
    for (String id : user.licenseTypeIds()) {
      policy.licenseType(id).ifPresent(held::add);
    }
    return new LicenseCoverage(held);
  }

  /** Whether the user holds no known license at all. */
  boolean none() {
    return !everyChannel && licenses.isEmpty();
  }

  /** Whether one license covers every channel, including channels added later. */
  boolean everyChannel() {
    return everyChannel;
  }

  boolean covers(Channel channel) {
    if (everyChannel) {
      return true;
    }
    for (LicenseType license : licenses) {
      if (license.covers(channel)) {
        return true;
      }
    }
    return false;
  }

  /** Per channel index of {@code tree} ({@link InboxTree#channels()}): whether it is covered. */
  boolean[] mask(InboxTree tree) {
    List<Channel> channels = tree.channels();
    boolean[] mask = new boolean[channels.size()];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = covers(channels.get(i));
    }
    return mask;
  }
}
