package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.Channel;
import io.chataccess.policy.Keys;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a document's {@code licenses}: keys, channels, holders known to the realm, seats. */
final class LicensesCheck {

  private static final Set<String> LICENSE_FIELDS =
      Set.of("key", "name", "seats", "channels", "holders");

  private LicensesCheck() {}

  static void check(JsonNode licenses, RealmIndex realm, List<String> problems) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < licenses.size(); i++) {
      JsonNode license = licenses.get(i);
      String at = "$.licenses[" + i + "]";
      JsonFields.onlyKnown(license, at, LICENSE_FIELDS, problems);
      String key = license.path("key").asText("");
      if (!Keys.isValidKey(key)) {
        problems.add(at + ".key: " + key + " must match " + Keys.NODE_KEY.pattern());
      }
      if (!keys.add(key)) {
        problems.add(at + ".key: " + key + " appears twice");
      }
      if (license.path("name").asText("").isEmpty()) {
        problems.add(at + ".name: required");
      }
      channels(license.path("channels"), at, problems);
      JsonNode holders = license.path("holders");
      holders(holders, at, realm, problems);
      JsonNode seats = license.path("seats");
      if (!seats.isMissingNode() && !seats.isNull()) {
        if (!seats.isInt() || seats.asInt() < 0) {
          problems.add(at + ".seats: a number of seats, or null for unlimited");
        } else if (holders.size() > seats.asInt()) {
          problems.add(
              at + ".holders: " + holders.size() + " holders, only " + seats.asInt() + " seats");
        }
      }
    }
  }

  private static void channels(JsonNode channelList, String at, List<String> problems) {
    Set<String> channels = new HashSet<>();
    for (JsonNode channel : channelList) {
      if (!Channel.isValid(channel.asText(null))) {
        problems.add(at + ".channels: not a channel: " + channel.asText());
      } else if (!channels.add(channel.asText())) {
        problems.add(at + ".channels: " + channel.asText() + " appears twice");
      }
    }
  }

  private static void holders(
      JsonNode holders, String at, RealmIndex realm, List<String> problems) {
    Set<String> seen = new HashSet<>();
    for (int h = 0; h < holders.size(); h++) {
      String username = holders.get(h).asText("");
      if (!realm.usernames().contains(username)) {
        problems.add(at + ".holders[" + h + "]: unknown user " + username);
      }
      if (!seen.add(username)) {
        problems.add(at + ".holders[" + h + "]: " + username + " holds it twice");
      }
    }
  }
}
