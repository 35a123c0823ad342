package io.chataccess.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.domain.Assignments;
import io.chataccess.policy.SubjectType;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.MergePatch;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.store.AssignmentFilter;
import io.chataccess.store.StoredAssignment;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    Assignments.Authority authority = authority();
    AssignmentRepresentation rep =
        RequestBodies.read(context.session(), body, AssignmentRepresentation.class);
    if (context.hasSomeWriteRight()) {
      // a 403 before the body's details are judged
      requireRightsFor(rep.subject() == null ? null : rep.subject().type());
    }
    StoredAssignment assignment = new AssignmentInput(context).validate(rep, null);
    AssignmentRepresentation created =
        context.write(
            OperationType.CREATE,
            ResourceTypes.ASSIGNMENT,
            () -> representation(assignments().create(assignment, authority)),
            done -> List.of("assignments", done.id()));
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
    return JsonResponses.ok(representation(assignment));
  }

  @PUT
  @Path("{id}")
  public Response update(@PathParam("id") String id, String body) {
    return save(id, body, null);
  }

  /**
   * JSON Merge Patch of an assignment. Two members are values, not objects to merge: a patch that
   * names {@code scope} replaces it whole (its fields depend on its type), and naming the role by
   * {@code roleKey} or {@code roleId} replaces the other. A patch that names the role without
   * {@code pinnedVersion} is a {@code PUT} without it: the pin stays with the same role and goes
   * with another; {@code "pinnedVersion": null} releases it.
   */
  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
  public Response patch(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    Assignments.Authority authority = authority();
    StoredAssignment existing = require(id);
    authority.requireAllowed(existing);
    MergePatch.refuseIfMatch(ifMatch, "Assignments");
    ObjectNode patch = MergePatch.read(context.session(), body);
    Set<String> replaced = new HashSet<>(Set.of("id", "subject", "source", "createdAt", "roleKey"));
    if (patch.has("scope")) {
      replaced.add("scope");
    }
    if (patch.has("roleKey")) {
      replaced.add("roleId");
    }
    boolean pinGiven = patch.has("pinnedVersion") || !(patch.has("roleId") || patch.has("roleKey"));
    if (!pinGiven) {
      replaced.add("pinnedVersion");
    }
    return save(
        id, MergePatch.merged(representation(existing), replaced, patch).toString(), pinGiven);
  }

  /** {@code pinGiven} null: the body says, by having a {@code pinnedVersion} member or not. */
  private Response save(String id, String body, Boolean pinGiven) {
    Assignments.Authority authority = authority();
    StoredAssignment existing = require(id);
    authority.requireAllowed(existing);
    AssignmentRepresentation rep =
        RequestBodies.read(context.session(), body, AssignmentRepresentation.class);
    boolean pinMember =
        pinGiven != null
            ? pinGiven
            : RequestBodies.parse(body, JsonNode.class).has("pinnedVersion");
    StoredAssignment change = new AssignmentInput(context).validate(rep, existing, pinMember);
    AssignmentRepresentation updated =
        context.write(
            OperationType.UPDATE,
            ResourceTypes.ASSIGNMENT,
            () -> representation(assignments().change(change, authority)),
            done -> List.of("assignments", id));
    return JsonResponses.ok(updated);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    Assignments.Authority authority = authority();
    authority.requireAllowed(require(id));
    context.write(
        OperationType.DELETE,
        ResourceTypes.ASSIGNMENT,
        () -> representation(assignments().delete(id, authority)),
        done -> List.of("assignments", id));
    return Response.noContent().build();
  }

  /**
   * What the caller may write: with the realm's rights, assignments to users need manage-users and
   * the others manage-realm; without them, the caller must administer part of the tree by
   * delegation, and writes only inside it. The domain operation asks again under the write lock.
   */
  private Assignments.Authority authority() {
    if (context.hasSomeWriteRight()) {
      return assignment -> requireRightsFor(assignment.subject().type().wireName());
    }
    context.requireDelegation();
    return new DelegationCheck(context)::requireAllowed;
  }

  /** Assignments to users need manage-users; the others change realm configuration. */
  private void requireRightsFor(String subjectType) {
    if (SubjectType.USER.wireName().equals(subjectType)) {
      context.requireManageUsers();
    } else {
      context.requireManageRealm();
    }
  }

  private AssignmentRepresentation representation(StoredAssignment assignment) {
    return new AssignmentConverter(context).toRepresentation(assignment);
  }

  private Assignments assignments() {
    return new Assignments(context.unit());
  }

  private StoredAssignment require(String id) {
    return context
        .store()
        .assignments()
        .find(context.realmId(), id)
        .orElseThrow(() -> ProblemException.notFound("No assignment " + id + " in this realm."));
  }
}
