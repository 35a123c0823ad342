package io.chataccess.integration;

import io.chataccess.testing.JsonResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The properties every generated request must have, checked on its response: no 5xx; a 4xx is a
 * problem document; a 400 names the field at fault; a request the documentation forbids is
 * rejected. (That a rejected request changes nothing is checked by the caller, which holds the
 * realm's document.) Each broken property is returned as a message, not thrown, so that one run
 * lists every distinct failure.
 */
final class InputProperties {

  static final String NO_5XX = "no 5xx";
  static final String PROBLEM = "a 4xx is a problem document";
  static final String FIELD = "a 400 names the field at fault";
  static final String REJECTED = "a forbidden request is rejected";
  static final String UNCHANGED = "a rejected request changes nothing";
  static final String FIXED_POINT = "the export re-imports as no change";

  /**
   * Fields checked together, where an error may name the other one: either {@code roleId} or {@code
   * grants}; either {@code userId} or {@code username}; a node's type and channel.
   */
  private static final List<Set<String>> RELATED =
      List.of(
          Set.of("roleId", "grants", "pinnedVersion"),
          Set.of("userId", "username"),
          Set.of("type", "channel", "parentId"),
          Set.of("user", "group", "realmRole", "clientRole", "role", "version"));

  private InputProperties() {}

  /** The properties {@code response} breaks, as {@code property: detail}, with no 5xx first. */
  static List<String[]> broken(GeneratedRequest request, JsonResponse response) {
    List<String[]> broken = new ArrayList<>();
    int status = response.status();
    if (status >= 500) {
      broken.add(new String[] {NO_5XX, "answered " + status});
      return broken;
    }
    if (status < 400) {
      if (request.invalid()) {
        broken.add(new String[] {REJECTED, "accepted with " + status});
      }
      return broken;
    }
    List<String> fields;
    try {
      fields = Problems.assertProblem(response, status);
    } catch (AssertionError | RuntimeException e) {
      broken.add(new String[] {PROBLEM, firstLine(e.getMessage())});
      return broken;
    }
    if (status == 400 && !request.faults().isEmpty() && !namesAFault(fields, request.faults())) {
      broken.add(
          new String[] {FIELD, "faults " + request.faults() + ", the problem names " + fields});
    }
    return broken;
  }

  static boolean namesAFault(List<String> errorFields, List<String> faults) {
    for (String error : errorFields) {
      String named = normalize(error);
      for (String fault : faults) {
        for (String candidate : withRelated(normalize(fault))) {
          if (covers(named, candidate)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** An error on the field, below it, or on the object that holds it names the field. */
  private static boolean covers(String named, String fault) {
    if (named.isEmpty()) {
      return false;
    }
    return named.equals(fault)
        || named.startsWith(fault + ".")
        || named.startsWith(fault + "[")
        || fault.startsWith(named + ".")
        || fault.startsWith(named + "[");
  }

  /** {@code $.licenses[0].seats} and {@code licenses[0].seats} name the same field. */
  private static String normalize(String field) {
    return field.replaceFirst("^\\$\\.?", "");
  }

  private static List<String> withRelated(String fault) {
    int dot = fault.lastIndexOf('.');
    String parent = dot < 0 ? "" : fault.substring(0, dot + 1);
    String leaf = fault.substring(dot + 1);
    List<String> candidates = new ArrayList<>(List.of(fault));
    for (Set<String> group : RELATED) {
      if (group.contains(leaf)) {
        group.forEach(other -> candidates.add(parent + other));
      }
    }
    return candidates;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    String line = message.strip().replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
