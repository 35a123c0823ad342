package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.config.ChatAccessDocument.License;
import io.chataccess.policy.Channel;
import io.chataccess.rules.LicenseRules;
import io.chataccess.rules.Limits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the document's {@code licenses} with the API's license rules, and their holders. */
final class LicenseReader {

  private static final Set<String> FIELDS = Set.of("key", "name", "seats", "channels", "holders");

  private final JsonFields json;

  LicenseReader(JsonFields json) {
    this.json = json;
  }

  List<License> read(JsonNode array) {
    List<License> result = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    json.each(
        array,
        "$.licenses",
        Limits.LICENSES,
        (item, at) -> {
          json.unknownFields(item, at, FIELDS);
          String key = json.uniqueKey(item, at, keys, "is listed twice");
          String name = json.name(item, at);
          Integer seats = seats(item.get("seats"), at + ".seats");
          Set<Channel> channels = channels(item.get("channels"), at + ".channels");
          List<String> holders =
              json.texts(item.get("holders"), at + ".holders", Limits.LICENSE_HOLDERS);
          json.errors()
              .check(
                  new HashSet<>(holders).size() == holders.size(),
                  at + ".holders",
                  "a username is listed twice");
          json.errors()
              .check(
                  seats == null || holders.size() <= seats,
                  at + ".holders",
                  "more holders than the license's " + seats + " seats");
          result.add(new License(key, name, seats, channels, holders));
        });
    return result;
  }

  private Integer seats(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return null;
    }
    boolean valid =
        json.errors().check(node.isInt(), at, "must be a whole number, or null for unlimited")
            && LicenseRules.seats(node.intValue(), at, json.errors());
    return valid ? node.intValue() : null;
  }

  private Set<Channel> channels(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return Set.of();
    }
    if (!json.errors().check(node.isArray(), at, "must be an array of channels")) {
      return Set.of();
    }
    List<String> given = new ArrayList<>();
    // a non-string becomes null, which the license rules name as not a channel
    node.forEach(channel -> given.add(channel.isTextual() ? channel.textValue() : null));
    return LicenseRules.channels(given, at, json.errors());
  }
}
