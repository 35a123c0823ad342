package io.chataccess.api;

import java.util.List;

/** Several checks in one request, answered in the same order. */
public record CheckBatch(List<CheckRequest> checks) {

  /** The answers. */
  public record Results(List<CheckResult> results) {}
}
