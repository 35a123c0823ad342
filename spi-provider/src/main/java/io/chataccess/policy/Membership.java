package io.chataccess.policy;

import java.util.Objects;

/**
 * A subject the user counts as: the user itself, a group it belongs to (directly or as a member of
 * a subgroup), or an effective realm or client role. {@code via} says how, for explanations, e.g.
 * {@code "member of /support/emea"}.
 */
public record Membership(Subject subject, String via) {

  public Membership {
    Objects.requireNonNull(subject, "subject");
    via = via == null ? "" : via;
  }
}
