package io.chataccess.authzen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.cache.ChatAccessView;
import io.chataccess.policy.RealmRoles;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.Revisions;
import io.chataccess.rules.Limits;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * {@code /realms/{realm}/chat-access/authzen}: the OpenID AuthZEN Authorization API 1.0 over the
 * realm's chat configuration (docs/authzen.md). Callers are service accounts holding the realm role
 * {@value RealmRoles#CHECK}, as for {@code /check}. Transport as the specification requires: {@code
 * application/json} both ways (any other request type is a 400), {@code X-Request-ID} echoed,
 * unknown members ignored, 400 for a missing required member.
 */
public final class AuthzenResource {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REQUEST_ID = "X-Request-ID";

  private final KeycloakSession session;
  private final RealmModel realm;

  public AuthzenResource(KeycloakSession session) {
    this.session = session;
    this.realm = session.getContext().getRealm();
  }

  /** Whether the request is for this API (below {@code /chat-access/authzen/}). */
  public static boolean isAuthzenRequest(KeycloakSession session) {
    return session.getContext().getUri().getPath().contains("/" + AuthzenMetadata.PATH + "/");
  }

  @POST
  @Path("access/v1/evaluation")
  public Response evaluation(String body) {
    return answer(body, (request, evaluator) -> evaluator.decide(Questions.of(request)).toJson());
  }

  @POST
  @Path("access/v1/evaluations")
  public Response evaluations(String body) {
    return answer(body, Batch::answer);
  }

  @POST
  @Path("access/v1/search/subject")
  public Response searchSubject(String body) {
    return answer(body, (request, evaluator) -> searches(evaluator).subjects(request));
  }

  @POST
  @Path("access/v1/search/resource")
  public Response searchResource(String body) {
    return answer(body, (request, evaluator) -> searches(evaluator).resources(request));
  }

  @POST
  @Path("access/v1/search/action")
  public Response searchAction(String body) {
    return answer(body, (request, evaluator) -> searches(evaluator).actions(request));
  }

  /** The metadata beside the API too, for clients that look below the PDP's own path. */
  @GET
  @Path(".well-known/authzen-configuration")
  public Response metadata() {
    return withRequestId(JsonResponses.ok(AuthzenMetadata.of(session, realm)));
  }

  private Searches searches(Evaluator evaluator) {
    return new Searches(session, realm, evaluator);
  }

  /**
   * One endpoint's work: authenticate, read the JSON object, answer; failures in the spec's shape.
   */
  private Response answer(String body, Endpoint endpoint) {
    try {
      requireCaller();
      JsonNode request = read(body);
      ReadOnlyRequest.begin(session);
      long at = requireRevision();
      Evaluator evaluator = new Evaluator(session, realm, RealmMapping.of(realm));
      return withRequestId(
          Response.fromResponse(JsonResponses.ok(endpoint.apply(request, evaluator)))
              .header(Revisions.REVISION, Long.toString(at))
              .build());
    } catch (AuthzenFailure failure) {
      Response.ResponseBuilder response =
          Response.status(failure.status())
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(JsonResponses.write(failure.body()));
      if (failure.status() == 401) {
        response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm.getName() + "\"");
      }
      return withRequestId(response.build());
    }
  }

  private JsonNode read(String body) {
    String type =
        session.getContext().getRequestHeaders().getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (type == null
        || !type.toLowerCase(Locale.ROOT).split(";")[0].trim().equals(MediaType.APPLICATION_JSON)) {
      throw AuthzenFailure.badRequest("the request must be application/json");
    }
    if (body == null || body.isBlank()) {
      throw AuthzenFailure.badRequest("the request body is empty");
    }
    if (body.length() > Limits.REQUEST_BODY_CHARS) {
      throw AuthzenFailure.badRequest(
          "the request body is longer than " + Limits.REQUEST_BODY_CHARS + " characters");
    }
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw AuthzenFailure.badRequest("the request body is not JSON");
    }
    if (request == null || !request.isObject()) {
      throw AuthzenFailure.badRequest("the request body must be a JSON object");
    }
    return request;
  }

  /**
   * Read-your-writes ({@code rest.Revisions}): waits for the revision the request asks for, else
   * 503; returns the revision the answer is made at.
   */
  private long requireRevision() {
    String asked = session.getContext().getRequestHeaders().getHeaderString(Revisions.MIN_REVISION);
    long minimum = asked == null ? 0 : Revisions.parseOrNegative(asked);
    if (minimum < 0) {
      throw AuthzenFailure.badRequest(Revisions.MIN_REVISION + " must be a whole number from 0");
    }
    if (!ChatAccessView.reached(session, realm, minimum, Revisions.WAIT)) {
      throw new AuthzenFailure(503, "the realm has not reached revision " + minimum + " in time");
    }
    return ChatAccessView.policyOf(session, realm).revision();
  }

  private void requireCaller() {
    AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
    if (auth == null || auth.getUser() == null) {
      throw new AuthzenFailure(401, "a valid bearer token of this realm is required");
    }
    RoleModel role = realm.getRole(RealmRoles.CHECK);
    if (role == null || !auth.getUser().hasRole(role)) {
      throw new AuthzenFailure(
          403,
          "the AuthZEN API is for service accounts holding the realm role " + RealmRoles.CHECK);
    }
  }

  private Response withRequestId(Response response) {
    String id = session.getContext().getRequestHeaders().getHeaderString(REQUEST_ID);
    if (id == null) {
      return response;
    }
    return Response.fromResponse(response).header(REQUEST_ID, id).build();
  }

  /** What one endpoint answers to a request it can read. */
  @FunctionalInterface
  private interface Endpoint {
    Object apply(JsonNode request, Evaluator evaluator);
  }
}
