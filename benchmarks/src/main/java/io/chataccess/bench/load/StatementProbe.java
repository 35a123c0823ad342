package io.chataccess.bench.load;

/**
 * The number of SQL statements Hibernate has prepared on the server so far, from the test-only
 * {@code keycloak-probe} (which switches Hibernate's statistics on at its first call).
 */
final class StatementProbe {

  static final String PATH = "/realms/master/chat-access-probe/statements";

  private final KeycloakApi api;

  StatementProbe(KeycloakApi api) {
    this.api = api;
  }

  long prepared() {
    return api.getPublic(PATH).expect(200, "probe").json().get("prepared").asLong();
  }
}
