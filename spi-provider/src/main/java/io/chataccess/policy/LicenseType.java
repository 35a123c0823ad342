package io.chataccess.policy;

import java.util.Objects;
import java.util.Set;

/** A kind of seat. {@code channels} empty means it covers every channel. */
public record LicenseType(
    String id, String key, String name, Integer seatLimit, Set<Channel> channels) {

  public LicenseType {
    Objects.requireNonNull(id, "id");
    channels = channels == null ? Set.of() : Set.copyOf(channels);
  }

  public boolean covers(Channel channel) {
    return channels.isEmpty() || channels.contains(channel);
  }

  public boolean coversEveryChannel() {
    return channels.isEmpty();
  }
}
