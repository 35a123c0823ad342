package io.chataccess.integration;

import static io.chataccess.integration.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Given an admin with manage-users and without view-realm: docs/rest-api.md grants license holders
 * and suspension to manage-users, so that admin reads and changes them, and nothing of the realm's
 * configuration.
 */
@ExtendWith(KeycloakServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("manage-users without view-realm")
class UserManagerRightsIT {

  private KeycloakHttp http;
  private TestRealm realm;
  private String license;
  private String token;

  @BeforeAll
  void createRealm(KeycloakHttp http) {
    this.http = http;
    realm = TestRealm.create(http, "user-manager");
    license = realm.license("seats", 5, List.of());
    token = realm.token("user-manager");
  }

  @AfterAll
  void removeRealm() {
    realm.close();
  }

  @Test
  @DisplayName("gives, lists, reads and takes back seats")
  void manages_license_holders() {
    String holders = realm.api("/licenses/" + license + "/holders");

    JsonResponse given = http.post(holders, token, Map.of("username", "alice"));
    JsonResponse listed = http.get(holders, token);
    JsonResponse read = http.get(holders + "/" + realm.userId("alice"), token);
    JsonResponse taken = http.delete(holders + "/" + realm.userId("alice"), token);

    assertThat(given.status()).as("%s", given).isEqualTo(201);
    assertThat(listed.status()).as("%s", listed).isEqualTo(200);
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(taken.status()).as("%s", taken).isEqualTo(204);
  }

  @Test
  @DisplayName("suspends a user and reads the suspension")
  void manages_suspension() {
    String path = realm.api("/users/" + realm.userId("bob") + "/suspension");

    JsonResponse suspended =
        http.put(path, token, Map.of("suspended", true, "reason", "off-boarding"));
    JsonResponse read = http.get(path, token);

    assertThat(suspended.status()).as("%s", suspended).isEqualTo(200);
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.json().get("suspended").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("still cannot read or change the realm's chat configuration")
  void no_configuration() {
    assertProblem(http.get(realm.api("/document"), token), 403);
    assertProblem(http.get(realm.api("/settings"), token), 403);
    assertProblem(http.post(realm.api("/licenses"), token, Map.of("key", "x", "name", "x")), 403);
    assertProblem(http.get(realm.api("/users/" + realm.userId("bob") + "/effective"), token), 403);
  }
}
