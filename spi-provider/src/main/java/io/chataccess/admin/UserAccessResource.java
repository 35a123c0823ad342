package io.chataccess.admin;

import io.chataccess.admin.EffectiveRepresentation.InboxGrants;
import io.chataccess.cache.UserContexts;
import io.chataccess.policy.ChangeKinds;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.EffectivePermissions;
import io.chataccess.policy.Explanation;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Resolver;
import io.chataccess.policy.TreeNode;
import io.chataccess.policy.UserContext;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.GrantRules;
import io.chataccess.rules.Texts;
import io.chataccess.store.RealmSnapshot;
import io.chataccess.store.Suspension;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/** {@code /chat-access/users/{userId}}: effective permissions, explanations, suspension. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class UserAccessResource {

  private static final Resolver RESOLVER = new Resolver();

  private final AdminContext context;
  private final UserModel user;

  UserAccessResource(AdminContext context, String userId) {
    this.context = context;
    UserModel found =
        Texts.isId(userId) ? context.session().users().getUserById(context.realm(), userId) : null;
    if (found == null) {
      throw ProblemException.notFound("No user " + userId + " in this realm.");
    }
    this.user = found;
  }

  @GET
  @Path("effective")
  public Response effective() {
    context.requireView();
    RealmSnapshot snapshot = context.store().loadSnapshot(context.realmId());
    ChatPolicy policy = snapshot.policy();
    UserContext userContext = UserContexts.of(snapshot, user);
    EffectivePermissions effective = RESOLVER.resolve(policy, userContext);
    List<InboxGrants> inboxes = new ArrayList<>();
    for (TreeNode inbox : policy.tree().inboxes()) {
      Grants grants =
          effective
              .everywhere()
              .union(effective.perInbox().getOrDefault(inbox.id(), Grants.empty()));
      if (!grants.isEmpty()) {
        inboxes.add(
            new InboxGrants(
                inbox.id(), inbox.key(), inbox.channel().value(), GrantRules.toMap(grants)));
      }
    }
    List<String> licenses =
        userContext.licenseTypeIds().stream()
            .map(id -> policy.licenseType(id).map(l -> l.key()).orElse(id))
            .sorted()
            .toList();
    return JsonResponses.ok(
        new EffectiveRepresentation(
            user.getId(),
            user.getUsername(),
            userContext.suspended(),
            licenses,
            GrantRules.toMap(effective.everywhere()),
            inboxes));
  }

  @GET
  @Path("explain")
  public Response explain(
      @QueryParam("permission") String permission, @QueryParam("inbox") String inbox) {
    context.requireView();
    RealmSnapshot snapshot = context.store().loadSnapshot(context.realmId());
    ChatPolicy policy = snapshot.policy();
    FieldErrors errors = new FieldErrors();
    errors.check(
        permission != null && policy.catalog().contains(permission),
        "permission",
        "a permission of the catalog is required");
    TreeNode node =
        inbox == null
            ? null
            : policy
                .tree()
                .node(inbox)
                .or(() -> policy.tree().findByKey(inbox))
                .filter(TreeNode::isInbox)
                .orElse(null);
    errors.check(node != null, "inbox", "the id or key of an inbox of this realm is required");
    ProblemException.throwIfAny(errors);
    Explanation explanation =
        RESOLVER.explain(policy, UserContexts.of(snapshot, user), permission, node.id());
    return JsonResponses.ok(
        ExplanationRepresentation.of(user, node, explanation, new AssignmentConverter(context)));
  }

  @GET
  @Path("suspension")
  public Response suspension() {
    context.requireViewOrManageUsers();
    return JsonResponses.ok(
        toRepresentation(context.store().suspensions().get(context.realmId(), user.getId())));
  }

  @PUT
  @Path("suspension")
  public Response suspend(String body) {
    context.requireManageUsers();
    SuspensionRepresentation rep =
        RequestBodies.read(context.session(), body, SuspensionRepresentation.class);
    FieldErrors errors = new FieldErrors();
    errors.check(rep.suspended() != null, "suspended", "required: true or false");
    Texts.reason(rep.reason(), "reason", errors);
    errors.check(rep.changedAt() == null, "changedAt", "read-only");
    ProblemException.throwIfAny(errors);
    SuspensionRepresentation changed =
        context.write(
            () -> {
              context.unit().changes().kind(ChangeKinds.SUSPENSION).user(user.getId());
              return toRepresentation(
                  context
                      .store()
                      .suspensions()
                      .set(context.realmId(), user.getId(), rep.suspended(), rep.reason()));
            },
            done ->
                List.of(
                    new AdminRecord(
                        OperationType.UPDATE,
                        ResourceTypes.SUSPENSION,
                        new UserSuspension(user.getId(), user.getUsername(), done),
                        List.of("users", user.getId(), "suspension"))));
    return JsonResponses.ok(changed);
  }

  /** The admin event of a suspension change: who, and the new state. */
  record UserSuspension(String userId, String username, SuspensionRepresentation suspension) {}

  private static SuspensionRepresentation toRepresentation(Suspension suspension) {
    return new SuspensionRepresentation(
        suspension.suspended(), suspension.reason(), suspension.changedAt());
  }
}
