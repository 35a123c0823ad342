package io.chataccess.integration;

import io.chataccess.testing.KeycloakHttp;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AuthZEN certification scenario's Search Core and Discovery levels ({@link
 * AuthzenSearchCases}) through Debian's nginx with TLS running the documented rules ({@link
 * NginxTlsProxyFixture}): the PEP's token, its requests and the metadata all at the public https
 * URL.
 */
@DisplayName("AuthZEN certification, through nginx with TLS: Search Core and Discovery")
class AuthzenSearchThroughProxyIT extends AuthzenSearchCases {

  @TempDir static Path nginxDir;

  @Override
  PdpConnection connect(KeycloakHttp http) throws Exception {
    return NginxTlsProxyFixture.start(http, nginxDir).connection();
  }
}
