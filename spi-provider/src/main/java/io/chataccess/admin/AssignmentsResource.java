package io.chataccess.admin;

import io.chataccess.policy.SubjectType;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.store.AssignmentFilter;
import io.chataccess.store.StoredAssignment;
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
    context.requireView();
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
    context.requireSomeWriteRight();
    AssignmentRepresentation rep = RequestBodies.read(body, AssignmentRepresentation.class);
    requireRightsFor(rep.subject() == null ? null : rep.subject().type());
    StoredAssignment assignment = new AssignmentInput(context).validate(rep, null);
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
    context.requireView();
    return JsonResponses.ok(new AssignmentConverter(context).toRepresentation(require(id)));
  }

  @PUT
  @Path("{id}")
  public Response update(@PathParam("id") String id, String body) {
    context.requireSomeWriteRight();
    StoredAssignment existing = require(id);
    requireRightsFor(existing.subject().type().wireName());
    AssignmentRepresentation rep = RequestBodies.read(body, AssignmentRepresentation.class);
    StoredAssignment change = new AssignmentInput(context).validate(rep, existing);
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
    context.requireSomeWriteRight();
    StoredAssignment existing = require(id);
    requireRightsFor(existing.subject().type().wireName());
    AssignmentRepresentation removed = new AssignmentConverter(context).toRepresentation(existing);
    context.write(
        () -> {
          context.store().assignments().delete(context.realmId(), id);
          return removed;
        });
    context.event(OperationType.DELETE, ResourceTypes.ASSIGNMENT, removed, "assignments", id);
    return Response.noContent().build();
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
