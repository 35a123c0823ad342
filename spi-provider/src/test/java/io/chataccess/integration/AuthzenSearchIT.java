package io.chataccess.integration;

import io.chataccess.testing.KeycloakHttp;
import org.junit.jupiter.api.DisplayName;

/**
 * The AuthZEN certification scenario's Search Core and Discovery levels ({@link
 * AuthzenSearchCases}) directly against Keycloak's HTTP listener.
 */
@DisplayName("AuthZEN certification, directly: Search Core and Discovery")
class AuthzenSearchIT extends AuthzenSearchCases {

  @Override
  PdpConnection connect(KeycloakHttp http) {
    return PdpConnection.direct(http);
  }
}
