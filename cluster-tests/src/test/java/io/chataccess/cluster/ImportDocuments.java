package io.chataccess.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of the crash test's import: a small one that sets the realm up, and a large one
 * that changes every section of it (settings, tree, licenses with holders, roles with versions,
 * thousands of assignments), so that the realm after a crash shows whether the large one was
 * applied whole, not at all, or in part.
 */
final class ImportDocuments {

  static final String GROUP = "team";

  private ImportDocuments() {}

  /** Usernames {@code m00} ... of the users both documents name. */
  static List<String> usernames(int users) {
    List<String> names = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      names.add(String.format("m%02d", u));
    }
    return names;
  }

  /** Two locations of five web inboxes, one license, one role of two versions, six assignments. */
  static Map<String, Object> before(List<String> usernames) {
    List<Object> tree = new ArrayList<>();
    for (int l = 0; l < 2; l++) {
      List<Object> inboxes = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String key = "old-" + l + "-" + i;
        inboxes.add(Map.of("key", key, "type", "inbox", "channel", "web", "name", "Old " + key));
      }
      tree.add(
          Map.of("key", "old-" + l, "type", "location", "name", "Old " + l, "children", inboxes));
    }
    List<Object> assignments = new ArrayList<>();
    for (String user : usernames.subList(0, 5)) {
      assignments.add(Map.of("user", user, "role", "old-role", "scope", Map.of("node", "old-0")));
    }
    assignments.add(
        Map.of(
            "group",
            "/" + GROUP,
            "role",
            "old-role",
            "scope",
            Map.of("inboxes", List.of("old-1-0", "old-1-1"))));
    return document(
        Map.of("licensesRequired", true),
        tree,
        List.of(
            Map.of(
                "key",
                "old-lic",
                "name",
                "Old license",
                "seats",
                10,
                "channels",
                List.of("web"),
                "holders",
                usernames.subList(0, 5))),
        List.of(
            Map.of(
                "key",
                "old-role",
                "name",
                "Old role",
                "versions",
                List.of(
                    Map.of("grants", Map.of("chat.handle", "own")),
                    Map.of("saveMode", "apply", "grants", Map.of("chat.handle", "all"))))),
        assignments);
  }

  /**
   * {@code locations} locations of {@code inboxesPerLocation} inboxes each, ten licenses with
   * holders, {@code roles} roles of two versions, and one assignment of the group per role and
   * inbox plus one per user on a location; none of the small document's parts stays.
   */
  static Map<String, Object> large(
      List<String> usernames, int locations, int inboxesPerLocation, int roles) {
    List<String> channels = List.of("web", "sms", "whatsapp");
    List<Object> tree = new ArrayList<>();
    List<Object> assignments = new ArrayList<>();
    for (int l = 0; l < locations; l++) {
      List<Object> inboxes = new ArrayList<>();
      for (int i = 0; i < inboxesPerLocation; i++) {
        String key = "in-" + l + "-" + i;
        inboxes.add(
            Map.of(
                "key",
                key,
                "type",
                "inbox",
                "channel",
                channels.get(i % channels.size()),
                "name",
                "Inbox " + l + "/" + i,
                "attributes",
                Map.of("floor", "f-" + l)));
        for (int r = 0; r < roles; r++) {
          assignments.add(
              Map.of(
                  "group", "/" + GROUP,
                  "role", "role-" + r,
                  "scope", Map.of("inboxes", List.of(key))));
        }
      }
      tree.add(
          Map.of(
              "key", "loc-" + l, "type", "location", "name", "Location " + l, "children", inboxes));
    }
    for (int u = 0; u < usernames.size(); u++) {
      assignments.add(
          Map.of(
              "user",
              usernames.get(u),
              "role",
              "role-" + (u % roles),
              "scope",
              Map.of("node", "loc-" + (u % locations))));
    }
    List<Object> licenses = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      List<String> holders = new ArrayList<>();
      for (int h = 0; h < 10; h++) {
        holders.add(usernames.get((3 * k + h) % usernames.size()));
      }
      licenses.add(
          Map.of(
              "key",
              "lic-" + k,
              "name",
              "License " + k,
              "seats",
              usernames.size(),
              "channels",
              List.of(channels.get(k % channels.size())),
              "holders",
              holders.stream().distinct().sorted().toList()));
    }
    List<Object> roleList = new ArrayList<>();
    for (int r = 0; r < roles; r++) {
      roleList.add(
          Map.of(
              "key",
              "role-" + r,
              "name",
              "Role " + r,
              "versions",
              List.of(
                  Map.of("grants", Map.of("chat.handle", "own")),
                  Map.of(
                      "saveMode",
                      "new-only",
                      "grants",
                      Map.of("chat.handle", "all", "conversation.view", "department")))));
    }
    return document(Map.of("licensesRequired", false), tree, licenses, roleList, assignments);
  }

  private static Map<String, Object> document(
      Map<String, Object> settings,
      List<Object> tree,
      List<Object> licenses,
      List<Object> roles,
      List<Object> assignments) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", 1);
    document.put("settings", settings);
    document.put("inboxes", tree);
    document.put("licenses", licenses);
    document.put("roles", roles);
    document.put("assignments", assignments);
    return document;
  }
}
