package io.chataccess.admin;

import io.chataccess.domain.NodeTree;
import io.chataccess.domain.TreeChanges;
import io.chataccess.policy.NodeType;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.MergePatch;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.store.StoredNode;
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
import java.util.List;
import java.util.Set;
import org.keycloak.events.admin.OperationType;

/** {@code /chat-access/inboxes}: the inbox tree. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class InboxesResource {

  private final AdminContext context;

  InboxesResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response list(
      @QueryParam("parentId") String parentId,
      @QueryParam("type") String type,
      @QueryParam("first") String first,
      @QueryParam("max") String max) {
    context.requireViewOrDelegation();
    Paging paging = Paging.of(first, max);
    if (type != null && NodeType.fromWireName(type).isEmpty()) {
      throw ProblemException.invalid("type", "must be location or inbox");
    }
    NodeTree tree = changes().tree();
    List<NodeRepresentation> nodes =
        tree.depthFirst().stream()
            .filter(n -> parentId == null || parentMatches(n, parentId))
            .filter(n -> type == null || n.type().wireName().equals(type))
            .skip(paging.first())
            .limit(paging.max())
            .map(n -> NodeRepresentations.of(tree, n))
            .toList();
    return JsonResponses.ok(nodes);
  }

  @POST
  public Response create(String body) {
    context.requireManageRealm();
    StoredNode node =
        NodeInput.validate(
            RequestBodies.read(context.session(), body, NodeRepresentation.class), null);
    NodeRepresentation created =
        context.write(
            OperationType.CREATE,
            ResourceTypes.INBOX,
            () -> representation(changes().create(node)),
            done -> List.of("inboxes", done.id()));
    return JsonResponses.created(context.locationOf(created.id()), created);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    context.requireViewOrDelegation();
    NodeTree tree = changes().tree();
    return JsonResponses.ok(NodeRepresentations.of(tree, context.checked(() -> tree.require(id))));
  }

  /** JSON Merge Patch of a node; the merged node is written as a {@code PUT} writes it. */
  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
  public Response patch(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    context.requireManageRealm();
    MergePatch.refuseIfMatch(ifMatch, "Inboxes");
    NodeTree tree = changes().tree();
    NodeRepresentation current =
        NodeRepresentations.of(tree, context.checked(() -> tree.require(id)));
    return update(
        id,
        MergePatch.merged(current, Set.of("id", "path"), MergePatch.read(context.session(), body))
            .toString());
  }

  @PUT
  @Path("{id}")
  public Response update(@PathParam("id") String id, String body) {
    context.requireManageRealm();
    StoredNode change =
        NodeInput.validate(
            RequestBodies.read(context.session(), body, NodeRepresentation.class), id);
    NodeRepresentation updated =
        context.write(
            OperationType.UPDATE,
            ResourceTypes.INBOX,
            () -> representation(changes().change(change)),
            done -> List.of("inboxes", id));
    return JsonResponses.ok(updated);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @QueryParam("cascade") String cascade) {
    context.requireManageRealm();
    boolean cascading = Flags.parse(cascade, "cascade");
    context.write(
        OperationType.DELETE,
        ResourceTypes.INBOX,
        () -> {
          TreeChanges.Removed removed = changes().delete(id, cascading);
          return new DeletedSubtree(
              removed.nodes().stream()
                  .map(n -> NodeRepresentations.of(removed.before(), n))
                  .toList(),
              new AssignmentConverter(context).toRepresentations(removed.assignments()));
        },
        done -> List.of("inboxes", id));
    return Response.noContent().build();
  }

  /** What a (cascading) delete removed: the admin event's representation. */
  record DeletedSubtree(
      List<NodeRepresentation> nodes, List<AssignmentRepresentation> assignments) {}

  private static boolean parentMatches(StoredNode node, String parentId) {
    return "root".equals(parentId) ? node.parentId() == null : parentId.equals(node.parentId());
  }

  /** The written node as the API shows it, with its path in the tree as it is now. */
  private static NodeRepresentation representation(TreeChanges.Written written) {
    return NodeRepresentations.of(written.tree(), written.node());
  }

  private TreeChanges changes() {
    return new TreeChanges(context.unit());
  }
}
