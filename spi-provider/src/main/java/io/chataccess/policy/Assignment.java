package io.chataccess.policy;

import java.util.Objects;

/**
 * {@code subject x role x scope}. Either {@code roleId} is set (optionally pinned to a version) or
 * {@code inlineGrants} carries per-user extra grants; inline grants are license-gated like the
 * grants of a role that requires a license.
 */
public record Assignment(
    String id,
    Subject subject,
    String roleId,
    Integer pinnedVersion,
    Grants inlineGrants,
    Scope scope,
    String source) {

  public Assignment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(scope, "scope");
    if ((roleId == null) == (inlineGrants == null)) {
      throw new IllegalArgumentException("assignment " + id + " needs a role or inline grants");
    }
    source = source == null ? "manual" : source;
  }

  public boolean hasRole() {
    return roleId != null;
  }
}
