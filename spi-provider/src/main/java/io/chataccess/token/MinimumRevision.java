package io.chataccess.token;

import io.chataccess.cache.ChatAccessView;
import java.time.Duration;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Read-your-writes for tokens (docs/changes.md): a token request may carry the form parameter
 * {@value #PARAMETER}; the claim is then made from that revision or a later one, waiting up to
 * {@link #WAIT}. A token is never refused for it: when the revision is not reached in time, the
 * claim is made at the revision the node has, and its {@code rev} says which.
 */
final class MinimumRevision {

  static final String PARAMETER = "chat_access_min_revision";
  static final Duration WAIT = Duration.ofSeconds(5);

  private MinimumRevision() {}

  static void await(KeycloakSession session, RealmModel realm) {
    HttpRequest request = session.getContext().getHttpRequest();
    if (request == null || !"POST".equals(request.getHttpMethod())) {
      return;
    }
    String asked = request.getDecodedFormParameters().getFirst(PARAMETER);
    if (asked == null) {
      return;
    }
    try {
      ChatAccessView.reached(session, realm, Long.parseLong(asked.trim()), WAIT);
    } catch (NumberFormatException e) {
      // not a revision: the claim is made as without the parameter
    }
  }
}
