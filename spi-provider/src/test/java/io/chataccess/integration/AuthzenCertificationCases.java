package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the cases of the AuthZEN certification scenario share: the realm example {@code
 * authzen-certification} imported for one test class (alice reads and writes record-1, bob reads it
 * and may not write it), and its PEP signed in over the {@link PdpConnection} the concrete class
 * chooses, so that the same cases run directly against Keycloak and through a TLS proxy.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthzenCertificationCases {

  static final String REALM = "authzen-certification";

  /** Keycloak's own HTTP client, for the admin API (never the PDP under test). */
  private KeycloakHttp admin;

  private PdpConnection connection;
  private AuthzenExample example;
  private AuthzenPep pep;

  /** How this class's PEP reaches the PDP; called once, before the fixture is imported. */
  abstract PdpConnection connect(KeycloakHttp http) throws Exception;

  @BeforeAll
  final void connectAndImportTheFixture(KeycloakHttp http) throws Exception {
    this.admin = http;
    this.connection = connect(http);
    this.example = AuthzenExample.load(http, REALM, "authzen-pep", "authzen-pep-secret");
    this.pep = AuthzenPep.signIn(connection, REALM, "authzen-pep", "authzen-pep-secret");
  }

  @AfterAll
  final void removeTheFixtureAndDisconnect() {
    try {
      if (example != null) {
        example.close();
      }
    } finally {
      if (connection != null) {
        connection.close();
      }
    }
  }

  /** The PEP of the fixture, over this class's connection. */
  final AuthzenPep pep() {
    return pep;
  }

  /** The Keycloak user id of a user of the fixture, from the admin API. */
  final String userId(String username) {
    return admin
        .get(
            "/admin/realms/" + REALM + "/users?exact=true&username=" + username,
            admin.masterAdminToken())
        .json()
        .get(0)
        .get("id")
        .asText();
  }

  /**
   * An error answer of the transport rules: {@code status}, as JSON, with the body {@code
   * {"status": <status>, "message": "..."}}.
   */
  final void assertError(JsonResponse answer, int status) {
    assertThat(answer.status()).as("%s%s", answer, pep.connection().diagnose()).isEqualTo(status);
    assertThat(answer.header("Content-Type").orElse(""))
        .as("%s", answer)
        .startsWith("application/json");
    assertThat(answer.json().get("status").asInt()).as("%s", answer).isEqualTo(status);
    assertThat(answer.json().get("message").asText()).as("%s", answer).isNotBlank();
  }
}
