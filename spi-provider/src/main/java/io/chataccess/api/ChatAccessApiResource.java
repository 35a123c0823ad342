package io.chataccess.api;

import io.chataccess.authzen.AuthzenResource;
import io.chataccess.cache.ChatAccessView;
import io.chataccess.policy.ClaimEncoder;
import io.chataccess.policy.ClaimScope;
import io.chataccess.policy.Explanation;
import io.chataccess.policy.RealmRoles;
import io.chataccess.policy.Resolver;
import io.chataccess.policy.TreeNode;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rest.Revisions;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/** {@code /realms/{realm}/chat-access}: what chat apps and chat back-ends call. */
@Produces(MediaType.APPLICATION_JSON)
public final class ChatAccessApiResource {

  private static final ClaimEncoder ENCODER = new ClaimEncoder();
  private static final Resolver RESOLVER = new Resolver();

  private final KeycloakSession session;
  private final RealmModel realm;

  ChatAccessApiResource(KeycloakSession session) {
    this.session = session;
    this.realm = session.getContext().getRealm();
  }

  /**
   * The OpenID AuthZEN Authorization API 1.0 (docs/authzen.md). Not under this class's {@code
   * Consumes}: AuthZEN answers another request type with a 400, not a 415.
   */
  @Path("authzen")
  public AuthzenResource authzen() {
    return new AuthzenResource(session);
  }

  /** The bearer's complete chat document: the claim's format, never truncated. */
  @GET
  @Path("me")
  public Response me(@QueryParam("explain") String explain) {
    AuthResult auth = authenticate();
    requireRevision();
    ChatAccessView view = ChatAccessView.of(session, realm, auth.getUser());
    Map<String, Object> document =
        new LinkedHashMap<>(
            ENCODER
                .encode(
                    view.policy().tree(),
                    view.effective(),
                    ClaimScope.everything(),
                    Integer.MAX_VALUE,
                    view.policy().revision(),
                    view.licenseKeys(),
                    view.departments())
                .toJson());
    if ("true".equals(explain)) {
      document.put("explanation", explanation(view));
    }
    return atRevision(JsonResponses.ok(document), view.policy().revision());
  }

  @POST
  @Path("check")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response check(String body) {
    requireCheckRole(authenticate());
    long at = requireRevision();
    CheckRequest request = RequestBodies.read(session, body, CheckRequest.class);
    return atRevision(
        JsonResponses.ok(new Checker(session, realm).answer(List.of(request), "").get(0)), at);
  }

  @POST
  @Path("check/batch")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response checkBatch(String body) {
    requireCheckRole(authenticate());
    long at = requireRevision();
    CheckBatch batch = RequestBodies.read(session, body, CheckBatch.class);
    if (batch.checks() == null) {
      throw ProblemException.invalid("checks", "required: a list of checks");
    }
    return atRevision(
        JsonResponses.ok(
            new CheckBatch.Results(new Checker(session, realm).answer(batch.checks(), "checks"))),
        at);
  }

  /** The change log after a revision, for apps that follow changes (docs/changes.md). */
  @GET
  @Path("changes")
  public Response changes(
      @QueryParam("since") String since,
      @QueryParam("max") String max,
      @QueryParam("wait") String wait) {
    requireCheckRole(authenticate());
    return new ChangeFeed(session, realm).read(since, max, wait);
  }

  /** For every inbox with grants and every granted permission: the winning assignments. */
  private Map<String, Map<String, List<Map<String, Object>>>> explanation(ChatAccessView view) {
    Map<String, Map<String, List<Map<String, Object>>>> byInbox = new LinkedHashMap<>();
    for (TreeNode inbox : view.policy().tree().inboxes()) {
      Map<String, List<Map<String, Object>>> byPermission = new LinkedHashMap<>();
      for (String permission : view.effective().grantsFor(inbox.id()).asMap().keySet()) {
        Explanation why = RESOLVER.explain(view.policy(), view.user(), permission, inbox.id());
        byPermission.put(
            permission, why.winners().stream().map(Explanation.Contribution::summary).toList());
      }
      if (!byPermission.isEmpty()) {
        byInbox.put(inbox.key(), byPermission);
      }
    }
    return byInbox;
  }

  private AuthResult authenticate() {
    AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
    if (auth == null || auth.getUser() == null) {
      throw ProblemException.unauthorized("A valid bearer token of this realm is required.");
    }
    return auth;
  }

  /**
   * Read-your-writes: waits for the revision the request asks for, else 503 (rest.Revisions).
   * Returns the revision the answer is made at, read before answering (never more than it).
   */
  private long requireRevision() {
    long minimum = Revisions.minimum(session);
    if (!ChatAccessView.reached(session, realm, minimum, Revisions.WAIT)) {
      throw Revisions.notReached(minimum);
    }
    return ChatAccessView.policyOf(session, realm).revision();
  }

  private static Response atRevision(Response response, long revision) {
    return Response.fromResponse(response)
        .header(Revisions.REVISION, Long.toString(revision))
        .build();
  }

  private void requireCheckRole(AuthResult auth) {
    RoleModel role = realm.getRole(RealmRoles.CHECK);
    if (role == null || !auth.getUser().hasRole(role)) {
      throw ProblemException.forbidden(
          "The check API is for service accounts holding the realm role " + RealmRoles.CHECK + ".");
    }
  }
}
