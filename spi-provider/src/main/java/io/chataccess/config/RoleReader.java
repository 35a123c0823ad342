package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.config.ChatAccessDocument.RoleVersion;
import io.chataccess.policy.Grants;
import io.chataccess.rules.Limits;
import io.chataccess.rules.Texts;
import io.chataccess.store.SaveMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the document's {@code roles}, each with its versions oldest first. */
final class RoleReader {

  private static final Set<String> FIELDS = Set.of("key", "name", "description", "versions");
  private static final Set<String> VERSION_FIELDS =
      Set.of("version", "grants", "requiresLicense", "saveMode");

  private final JsonFields json;
  private final GrantsField grants;

  RoleReader(JsonFields json, GrantsField grants) {
    this.json = json;
    this.grants = grants;
  }

  List<Role> read(JsonNode array) {
    List<Role> result = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    json.each(
        array,
        "$.roles",
        Limits.ROLES,
        (item, at) -> {
          json.unknownFields(item, at, FIELDS);
          String key = json.uniqueKey(item, at, keys, "is listed twice");
          String name = json.name(item, at);
          String description = json.optionalText(item, "description", at);
          Texts.description(description, at + ".description", json.errors());
          List<RoleVersion> versions = new ArrayList<>();
          JsonNode versionsNode = item.get("versions");
          if (json.errors()
              .check(
                  versionsNode != null && versionsNode.isArray() && !versionsNode.isEmpty(),
                  at + ".versions",
                  "required, at least one version")) {
            json.each(
                versionsNode,
                at + ".versions",
                Limits.ROLE_VERSIONS,
                (version, vat) -> versions.add(version(version, vat, versions.isEmpty())));
          }
          result.add(new Role(key, name, description, versions));
        });
    return result;
  }

  /** The first version was created, not saved: its {@code saveMode} is ignored. */
  private RoleVersion version(JsonNode item, String at, boolean first) {
    json.unknownFields(item, at, VERSION_FIELDS);
    JsonNode number = item.get("version");
    if (number != null) {
      json.errors().check(number.isInt(), at + ".version", "must be a whole number");
    }
    boolean requiresLicense = json.optionalBoolean(item, "requiresLicense", at, true);
    SaveMode mode = first ? SaveMode.CREATED : SaveMode.APPLY;
    String modeText = json.optionalText(item, "saveMode", at);
    if (modeText != null && !first) {
      mode = SaveMode.fromWireName(modeText).filter(m -> m != SaveMode.CREATED).orElse(null);
      json.errors().check(mode != null, at + ".saveMode", "must be apply or new-only");
    }
    Grants levels = grants.ofRole(item.get("grants"), at + ".grants");
    return new RoleVersion(levels, requiresLicense, mode);
  }
}
