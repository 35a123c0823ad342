package io.chataccess.admin;

import io.chataccess.policy.SubjectType;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.store.AssignmentFilter;
import io.chataccess.store.StoredAssignment;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;

/** {@code /chat-access/assignments}: who has which role (or extra grants) where. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class AssignmentsResource {

  private final AdminContext context;

  AssignmentsResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response list(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectId") String subjectId,
      @QueryParam("roleId") String roleId,
      @QueryParam("nodeId") String nodeId,
      @QueryParam("source") String source,
      @QueryParam("first") String first,
      @QueryParam("max") String max) {
    context.requireViewOrDelegation();
    Paging paging = Paging.of(first, max);
    SubjectType type = null;
    if (subjectType != null) {
      type =
          SubjectType.fromWireName(subjectType)
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "subjectType", "must be user, group, realm-role or client-role"));
    }
    AssignmentFilter filter = new AssignmentFilter(type, subjectId, roleId, nodeId, source);
    if (!context.canViewRealm()) {
      // a delegated administrator sees the assignments inside the delegated area only
      DelegationCheck delegation = new DelegationCheck(context);
      return JsonResponses.ok(
          new AssignmentConverter(context)
              .toRepresentations(
                  context
                      .store()
                      .assignments()
                      .list(context.realmId(), filter, 0, Integer.MAX_VALUE)
                      .stream()
                      .filter(delegation::covers)
                      .skip(paging.first())
                      .limit(paging.max())
                      .toList()));
    }
    return JsonResponses.ok(
        new AssignmentConverter(context)
            .toRepresentations(
                context
                    .store()
                    .assignments()
                    .list(context.realmId(), filter, paging.first(), paging.max())));
  }

  @POST
  public Response create(String body) {
    DelegationCheck delegation = writeAccess();
    AssignmentRepresentation rep =
        RequestBodies.read(context.session(), body, AssignmentRepresentation.class);
    if (delegation == null) {
      requireRightsFor(rep.subject() == null ? null : rep.subject().type());
    }
    StoredAssignment assignment = new AssignmentInput(context).validate(rep, null);
    if (delegation != null) {
      delegation.requireAllowed(assignment);
    }
    AssignmentRepresentation created =
        context.write(
            () ->
                new AssignmentConverter(context)
                    .toRepresentation(
                        context.store().assignments().create(context.realmId(), assignment)));
    context.event(
        OperationType.CREATE, ResourceTypes.ASSIGNMENT, created, "assignments", created.id());
    return JsonResponses.created(context.locationOf(created.id()), created);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    context.requireViewOrDelegation();
    StoredAssignment assignment = require(id);
    if (!context.canViewRealm() && !new DelegationCheck(context).covers(assignment)) {
      throw ProblemException.notFound("No assignment " + id + " in this realm.");
    }
    return JsonResponses.ok(new AssignmentConverter(context).toRepresentation(assignment));
  }

  @PUT
  @Path("{id}")
  public Response update(@PathParam("id") String id, String body) {
    DelegationCheck delegation = writeAccess();
    StoredAssignment existing = require(id);
    requireWriteOf(existing, delegation);
    AssignmentRepresentation rep =
        RequestBodies.read(context.session(), body, AssignmentRepresentation.class);
    StoredAssignment change = new AssignmentInput(context).validate(rep, existing);
    if (delegation != null) {
      delegation.requireAllowed(change);
    }
    AssignmentRepresentation updated =
        context.write(
            () ->
                new AssignmentConverter(context)
                    .toRepresentation(
                        context.store().assignments().update(context.realmId(), change)));
    context.event(OperationType.UPDATE, ResourceTypes.ASSIGNMENT, updated, "assignments", id);
    return JsonResponses.ok(updated);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    DelegationCheck delegation = writeAccess();
    StoredAssignment existing = require(id);
    requireWriteOf(existing, delegation);
    AssignmentRepresentation removed = new AssignmentConverter(context).toRepresentation(existing);
    context.write(
        () -> {
          context.store().assignments().delete(context.realmId(), id);
          return removed;
        });
    context.event(OperationType.DELETE, ResourceTypes.ASSIGNMENT, removed, "assignments", id);
    return Response.noContent().build();
  }

  /**
   * Null when the caller writes with the realm's rights; otherwise the caller must administer part
   * of the tree by delegation, and the returned check applies to what is written.
   */
  private DelegationCheck writeAccess() {
    if (context.hasSomeWriteRight()) {
      return null;
    }
    context.requireDelegation();
    return new DelegationCheck(context);
  }

  private void requireWriteOf(StoredAssignment existing, DelegationCheck delegation) {
    if (delegation == null) {
      requireRightsFor(existing.subject().type().wireName());
    } else {
      delegation.requireAllowed(existing);
    }
  }

  /** Assignments to users need manage-users; the others change realm configuration. */
  private void requireRightsFor(String subjectType) {
    if (SubjectType.USER.wireName().equals(subjectType)) {
      context.requireManageUsers();
    } else {
      context.requireManageRealm();
    }
  }

  private StoredAssignment require(String id) {
    return context
        .store()
        .assignments()
        .find(context.realmId(), id)
        .orElseThrow(() -> ProblemException.notFound("No assignment " + id + " in this realm."));
  }
}
