package io.chataccess.admin;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Limits;
import io.chataccess.rules.WebhookRules;
import io.chataccess.rules.WebhookSecrets;
import io.chataccess.store.WebhookDelivery;
import io.chataccess.store.WebhookStore;
import io.chataccess.store.WebhookSubscription;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.events.admin.OperationType;

/**
 * {@code /chat-access/webhooks} (docs/changes.md, "Webhooks"): a realm's webhooks, and below each
 * its deliveries, which an admin can send again.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class WebhooksResource {

  private final AdminContext context;

  WebhooksResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response list() {
    context.requireView();
    return JsonResponses.ok(
        webhooks().list(context.realmId()).stream().map(w -> toRepresentation(w, false)).toList());
  }

  @POST
  public Response create(String body) {
    context.requireManageRealm();
    WebhookSubscription wanted = validate(read(body), null, null);
    WebhookRepresentation created =
        context.write(
            OperationType.CREATE,
            ResourceTypes.WEBHOOK,
            () -> {
              if (webhooks().list(context.realmId()).size() >= Limits.WEBHOOKS) {
                throw ProblemException.conflict(
                    "The realm has " + Limits.WEBHOOKS + " webhooks, the most it may have.");
              }
              context.unit().changes().kind(ChangeKinds.WEBHOOK);
              return toRepresentation(webhooks().create(context.realmId(), wanted), true);
            },
            done -> List.of("webhooks", done.id()));
    return JsonResponses.created(context.locationOf(created.id()), created);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    context.requireView();
    return JsonResponses.ok(toRepresentation(require(id), false));
  }

  @PUT
  @Path("{id}")
  public Response update(@PathParam("id") String id, String body) {
    context.requireManageRealm();
    WebhookSubscription stored = require(id);
    WebhookRepresentation rep = read(body);
    WebhookSubscription wanted = validate(rep, stored, id);
    WebhookRepresentation updated =
        context.write(
            OperationType.UPDATE,
            ResourceTypes.WEBHOOK,
            () -> {
              context.unit().changes().kind(ChangeKinds.WEBHOOK);
              return toRepresentation(
                  webhooks().update(context.realmId(), wanted), rep.secret() != null);
            },
            done -> List.of("webhooks", id));
    return JsonResponses.ok(updated);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    context.requireManageRealm();
    WebhookRepresentation removed = toRepresentation(require(id), false);
    context.write(
        OperationType.DELETE,
        ResourceTypes.WEBHOOK,
        () -> {
          context.unit().changes().kind(ChangeKinds.WEBHOOK);
          webhooks().delete(context.realmId(), id);
          return removed;
        },
        done -> List.of("webhooks", id));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deliveries")
  public Response deliveries(
      @PathParam("id") String id,
      @QueryParam("first") String first,
      @QueryParam("max") String max) {
    context.requireView();
    require(id);
    Paging paging = Paging.of(first, max);
    return JsonResponses.ok(
        webhooks().deliveries(context.realmId(), id, paging.first(), paging.max()).stream()
            .map(WebhooksResource::toRepresentation)
            .toList());
  }

  /** Sends a delivery again, failed or not: pending and due now, its attempts kept. */
  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String delivery) {
    context.requireManageRealm();
    require(id);
    if (!webhooks().redeliver(context.realmId(), id, delivery, System.currentTimeMillis())) {
      throw ProblemException.notFound("No delivery " + delivery + " of webhook " + id + ".");
    }
    return Response.accepted(
            JsonResponses.write(Map.of("id", delivery, "status", WebhookDelivery.PENDING)))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private WebhookRepresentation read(String body) {
    return RequestBodies.read(context.session(), body, WebhookRepresentation.class);
  }

  private WebhookSubscription validate(
      WebhookRepresentation rep, WebhookSubscription stored, String id) {
    FieldErrors errors = new FieldErrors();
    errors.check(rep.id() == null || rep.id().equals(id), "id", "read-only");
    errors.check(rep.createdAt() == null, "createdAt", "read-only");
    WebhookRules.url(rep.url(), "url", errors);
    WebhookRules.secret(rep.secret(), "secret", errors);
    Set<String> kinds = WebhookRules.kinds(rep.kinds(), "kinds", errors);
    Set<String> nodes = WebhookRules.nodeKeys(rep.nodes(), "nodes", errors);
    Set<String> users = WebhookRules.userIds(rep.users(), "users", errors);
    ProblemException.throwIfAny(errors);
    String secret =
        rep.secret() != null
            ? rep.secret()
            : stored != null ? stored.secret() : WebhookSecrets.generate();
    return new WebhookSubscription(
        id,
        rep.url(),
        secret,
        kinds,
        nodes,
        users,
        rep.enabled() == null || rep.enabled(),
        stored == null ? 0 : stored.createdAt());
  }

  private WebhookSubscription require(String id) {
    return webhooks()
        .find(context.realmId(), id)
        .orElseThrow(() -> ProblemException.notFound("No webhook " + id + " in this realm."));
  }

  private WebhookStore webhooks() {
    return context.store().webhooks();
  }

  private static WebhookRepresentation toRepresentation(
      WebhookSubscription webhook, boolean withSecret) {
    return new WebhookRepresentation(
        webhook.id(),
        webhook.url(),
        withSecret ? webhook.secret() : null,
        webhook.kinds().stream().sorted().toList(),
        webhook.nodeKeys().stream().sorted().toList(),
        webhook.userIds().stream().sorted().toList(),
        webhook.enabled(),
        webhook.createdAt());
  }

  private static Map<String, Object> toRepresentation(WebhookDelivery delivery) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", delivery.id());
    json.put("revision", delivery.revision());
    json.put("status", delivery.status());
    json.put("attempts", delivery.attempts());
    json.put("lastStatus", delivery.lastStatus());
    json.put("lastError", delivery.lastError());
    json.put("createdAt", delivery.createdAt());
    json.put("nextAttemptAt", delivery.nextAttemptAt());
    json.put("deliveredAt", delivery.deliveredAt());
    return json;
  }
}
