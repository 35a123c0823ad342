package io.chataccess.login;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;

/**
 * Stops a login: records the error on the login event, then answers a browser with the login
 * theme's error page (the message from our bundle) and a token request (the direct grant) with an
 * OAuth2 error document.
 */
final class LoginDenial {

  private static final Logger LOG = Logger.getLogger(LoginDenial.class);

  /** The flow path of Keycloak's token endpoint (direct grant); browser flows have others. */
  private static final String TOKEN_FLOW_PATH = "token";

  private LoginDenial() {}

  /**
   * @param eventError the login event's error, e.g. {@code chat_license_required}
   * @param messageKey the key of the page text in the messages bundle
   * @param description the English text for token requests, which have no theme
   */
  static void deny(
      AuthenticationFlowContext context, String eventError, String messageKey, String description) {
    String username = context.getUser() == null ? "?" : context.getUser().getUsername();
    LOG.warnf(
        "Login of %s to client %s in realm %s denied: %s",
        username,
        context.getAuthenticationSession().getClient().getClientId(),
        context.getRealm().getName(),
        eventError);
    if (context.getUser() != null) {
      context.getEvent().user(context.getUser());
    }
    context.getEvent().error(eventError);
    Response response =
        TOKEN_FLOW_PATH.equals(context.getFlowPath())
            ? Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "invalid_grant", "error_description", description))
                .build()
            : context.form().setError(messageKey).createErrorPage(Response.Status.FORBIDDEN);
    context.failure(AuthenticationFlowError.ACCESS_DENIED, response);
  }
}
