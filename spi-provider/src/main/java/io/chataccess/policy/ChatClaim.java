package io.chataccess.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code chat} token claim, format version 2 (see docs/claim.md): {@code level(p, inbox) =
 * max(all[p], sets[inboxes[inbox]][p])}, a missing entry meaning {@code none}. {@code all} applies
 * to every inbox the token covers, present and future; {@code sets} holds each distinct set of
 * per-inbox grants once; {@code complete} is false when inboxes were left out for the size limit.
 */
public record ChatClaim(
    long revision,
    List<String> licenses,
    List<String> departments,
    Map<String, String> all,
    List<Map<String, String>> sets,
    Map<String, Integer> inboxes,
    boolean complete) {

  public static final int FORMAT_VERSION = 2;

  public ChatClaim {
    licenses = List.copyOf(licenses);
    departments = departments == null ? null : List.copyOf(departments);
  }

  /** The claim as JSON-ready maps and lists, keys in the documented order. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("v", FORMAT_VERSION);
    json.put("rev", Long.toString(revision));
    json.put("licenses", licenses);
    if (departments != null) {
      json.put("departments", departments);
    }
    json.put("all", all);
    json.put("sets", sets);
    json.put("inboxes", inboxes);
    json.put("complete", complete);
    return json;
  }
}
