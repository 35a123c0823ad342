package io.chataccess.config;

import java.util.Map;

/**
 * One change an import made (or, in a dry run, would make): what kind of resource, which one (its
 * key, or a readable description for holders and assignments) and its representation afterwards
 * (before, for a deletion), which the admin event carries.
 */
public record DocumentChange(
    Operation operation, Target target, String key, Map<String, Object> representation) {

  public enum Operation {
    CREATE,
    UPDATE,
    DELETE
  }

  public enum Target {
    SETTINGS,
    PERMISSION,
    INBOX,
    LICENSE,
    LICENSE_HOLDER,
    ROLE,
    ASSIGNMENT
  }
}
