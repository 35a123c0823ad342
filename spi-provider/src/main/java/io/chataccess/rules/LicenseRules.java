package io.chataccess.rules;

import io.chataccess.policy.Channel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fields of a license type, as the API and the document give them. */
public final class LicenseRules {

  private LicenseRules() {}

  /** The seat limit: null for unlimited, or 0 to {@link Limits#SEATS}. */
  public static boolean seats(Integer seats, String field, FieldErrors errors) {
    return errors.check(
        seats == null || (seats >= 0 && seats <= Limits.SEATS),
        field,
        "a whole number from 0 to " + Limits.SEATS + ", or null for unlimited");
  }

  /**
   * The channels a license covers: each a channel, none twice, at most {@link
   * Limits#LICENSE_CHANNELS}.
   */
  public static Set<Channel> channels(List<String> given, String field, FieldErrors errors) {
    Set<Channel> channels = new LinkedHashSet<>();
    if (given == null) {
      return channels;
    }
    if (!errors.check(
        given.size() <= Limits.LICENSE_CHANNELS,
        field,
        "at most " + Limits.LICENSE_CHANNELS + " channels")) {
      return channels;
    }
    for (int i = 0; i < given.size(); i++) {
      String at = field + "[" + i + "]";
      Channel channel = Channel.parse(given.get(i)).orElse(null);
      if (errors.check(channel != null, at, "must be " + Channel.EXPECTED)) {
        errors.check(channels.add(channel), at, channel.value() + " is listed twice");
      }
    }
    return channels;
  }
}
