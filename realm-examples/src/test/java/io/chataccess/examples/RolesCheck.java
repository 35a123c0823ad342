package io.chataccess.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.Keys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a document's {@code roles}: keys, names, and every version's settings and grants. */
final class RolesCheck {

  private static final Set<String> ROLE_FIELDS = Set.of("key", "name", "description", "versions");
  private static final Set<String> VERSION_FIELDS = Set.of("grants", "requiresLicense", "saveMode");

  private RolesCheck() {}

  /** Every role's number of versions, by key; the problems found go to {@code problems}. */
  static Map<String, Integer> versionCounts(
      JsonNode roleList, GrantsCheck grants, List<String> problems) {
    Map<String, Integer> roles = new HashMap<>();
    for (int i = 0; i < roleList.size(); i++) {
      JsonNode role = roleList.get(i);
      String at = "$.roles[" + i + "]";
      JsonFields.onlyKnown(role, at, ROLE_FIELDS, problems);
      String key = role.path("key").asText("");
      if (!Keys.isValidKey(key)) {
        problems.add(at + ".key: " + key + " must match " + Keys.NODE_KEY.pattern());
      }
      if (role.path("name").asText("").isEmpty()) {
        problems.add(at + ".name: required");
      }
      JsonNode versions = role.path("versions");
      if (versions.isEmpty()) {
        problems.add(at + ".versions: at least one version");
      }
      if (roles.put(key, versions.size()) != null) {
        problems.add(at + ".key: " + key + " appears twice");
      }
      for (int v = 0; v < versions.size(); v++) {
        JsonNode version = versions.get(v);
        String vat = at + ".versions[" + v + "]";
        JsonFields.onlyKnown(version, vat, VERSION_FIELDS, problems);
        if (!version.path("requiresLicense").isBoolean()) {
          problems.add(vat + ".requiresLicense: must be true or false");
        }
        String mode = version.path("saveMode").asText("");
        if (!mode.equals("apply") && !mode.equals("new-only")) {
          problems.add(vat + ".saveMode: must be apply or new-only");
        }
        grants.check(version.path("grants"), vat + ".grants");
      }
    }
    return roles;
  }
}
