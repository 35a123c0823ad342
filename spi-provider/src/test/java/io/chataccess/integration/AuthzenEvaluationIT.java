package io.chataccess.integration;

import io.chataccess.testing.KeycloakHttp;
import org.junit.jupiter.api.DisplayName;

/**
 * The AuthZEN certification scenario's Basic Core and Batch Core levels ({@link
 * AuthzenEvaluationCases}) directly against Keycloak's HTTP listener.
 */
@DisplayName("AuthZEN certification, directly: Basic Core and Batch Core")
class AuthzenEvaluationIT extends AuthzenEvaluationCases {

  @Override
  PdpConnection connect(KeycloakHttp http) {
    return PdpConnection.direct(http);
  }
}
