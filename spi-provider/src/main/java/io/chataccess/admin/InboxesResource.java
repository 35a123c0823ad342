package io.chataccess.admin;

import io.chataccess.policy.NodeType;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.store.InboxNodeStore;
import io.chataccess.store.StoredAssignment;
import io.chataccess.store.StoredNode;
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
import java.util.List;
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
    NodeTree tree = tree();
    List<NodeRepresentation> nodes =
        tree.depthFirst().stream()
            .filter(n -> parentId == null || parentMatches(n, parentId))
            .filter(n -> type == null || n.type().wireName().equals(type))
            .skip(paging.first())
            .limit(paging.max())
            .map(tree::toRepresentation)
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
            () -> {
              NodeTree tree = tree();
              tree.checkPlacement(node);
              checkKeyFree(node.key(), null);
              StoredNode stored = nodes().create(context.realmId(), node);
              return tree.with(stored).toRepresentation(stored);
            });
    context.event(OperationType.CREATE, ResourceTypes.INBOX, created, "inboxes", created.id());
    return JsonResponses.created(context.locationOf(created.id()), created);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    context.requireViewOrDelegation();
    NodeTree tree = tree();
    return JsonResponses.ok(tree.toRepresentation(tree.require(id)));
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
            () -> {
              NodeTree tree = tree();
              StoredNode existing = tree.require(id);
              if (existing.type() != change.type()) {
                throw ProblemException.invalid(
                    "type", "cannot change from " + existing.type().wireName());
              }
              tree.checkPlacement(change);
              checkKeyFree(change.key(), id);
              StoredNode stored = nodes().update(context.realmId(), change);
              return tree.with(stored).toRepresentation(stored);
            });
    context.event(OperationType.UPDATE, ResourceTypes.INBOX, updated, "inboxes", id);
    return JsonResponses.ok(updated);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @QueryParam("cascade") String cascade) {
    context.requireManageRealm();
    boolean cascading = Flags.parse(cascade, "cascade");
    DeletedSubtree deleted =
        context.write(
            () -> {
              NodeTree tree = tree();
              StoredNode node = tree.require(id);
              List<StoredNode> subtree = tree.subtreeChildrenFirst(id);
              List<String> ids = subtree.stream().map(StoredNode::id).toList();
              long referencing = nodes().countAssignmentsReferencing(context.realmId(), ids);
              if (!cascading && (subtree.size() > 1 || referencing > 0)) {
                throw ProblemException.conflict(
                    "Node "
                        + node.key()
                        + " has "
                        + (subtree.size() - 1)
                        + " nodes below it and "
                        + referencing
                        + " assignments pointing at it; delete with cascade=true to remove them.");
              }
              List<NodeRepresentation> removedNodes =
                  subtree.stream().map(tree::toRepresentation).toList();
              List<StoredAssignment> removedAssignments =
                  context.store().assignments().detachNodes(context.realmId(), ids);
              nodes().delete(context.realmId(), ids);
              return new DeletedSubtree(
                  removedNodes,
                  new AssignmentConverter(context).toRepresentations(removedAssignments));
            });
    context.event(OperationType.DELETE, ResourceTypes.INBOX, deleted, "inboxes", id);
    return Response.noContent().build();
  }

  /** What a (cascading) delete removed: the admin event's representation. */
  record DeletedSubtree(
      List<NodeRepresentation> nodes, List<AssignmentRepresentation> assignments) {}

  private static boolean parentMatches(StoredNode node, String parentId) {
    return "root".equals(parentId) ? node.parentId() == null : parentId.equals(node.parentId());
  }

  private void checkKeyFree(String key, String ownId) {
    KeyUniqueness.requireFree(
        nodes().findByKey(context.realmId(), key), StoredNode::id, ownId, "A node", key);
  }

  private InboxNodeStore nodes() {
    return context.store().nodes();
  }

  private NodeTree tree() {
    return new NodeTree(nodes().list(context.realmId()));
  }
}
