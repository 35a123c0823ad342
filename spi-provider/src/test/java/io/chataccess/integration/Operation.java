package io.chataccess.integration;

import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;

/**
 * One operation of the API under generated input: its name in reports, which API and caller it goes
 * to, its share of the tries ({@code weight}), its requests, and, for deletes, how to make a fresh
 * victim whose id replaces {@code {victim}} in the path.
 */
record Operation(
    String name,
    Api api,
    int weight,
    Arbitrary<GeneratedRequest> requests,
    Supplier<String> victim) {

  /** Where a request goes and with whose token. */
  enum Api {
    /** {@code /admin/realms/{realm}/chat-access}, as a realm administrator. */
    ADMIN,
    /** {@code /realms/{realm}/chat-access}, as a user of the realm. */
    PUBLIC_USER,
    /** {@code /realms/{realm}/chat-access}, as a service account with the check role. */
    PUBLIC_CHECK
  }

  static Operation admin(String name, int weight, Arbitrary<GeneratedRequest> requests) {
    return new Operation(name, Api.ADMIN, weight, requests, null);
  }

  Operation withVictim(Supplier<String> maker) {
    return new Operation(name, api, weight, requests, maker);
  }
}
