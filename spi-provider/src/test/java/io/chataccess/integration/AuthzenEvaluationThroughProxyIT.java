package io.chataccess.integration;

import io.chataccess.testing.KeycloakHttp;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AuthZEN certification scenario's Basic Core and Batch Core levels ({@link
 * AuthzenEvaluationCases}) through Debian's nginx with TLS running the documented rules ({@link
 * NginxTlsProxyFixture}): the PEP's token, its requests and the metadata all at the public https
 * URL.
 */
@DisplayName("AuthZEN certification, through nginx with TLS: Basic Core and Batch Core")
class AuthzenEvaluationThroughProxyIT extends AuthzenEvaluationCases {

  @TempDir static Path nginxDir;

  @Override
  PdpConnection connect(KeycloakHttp http) throws Exception {
    return NginxTlsProxyFixture.start(http, nginxDir).connection();
  }
}
