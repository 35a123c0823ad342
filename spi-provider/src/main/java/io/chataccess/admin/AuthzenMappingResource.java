package io.chataccess.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.cache.ChatAccessView;
import io.chataccess.policy.AuthzenMapping;
import io.chataccess.policy.ChangeKinds;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.RequestBodies;
import io.chataccess.rules.AuthzenMappingRules;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Limits;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;

/**
 * {@code /chat-access/authzen}: the realm's AuthZEN mapping (docs/authzen.md, "Mapping"), checked
 * by the rules the AuthZEN endpoints read it with, stored in the realm attribute {@value
 * AuthzenMapping#ATTRIBUTE}. A change bumps the realm revision, as decisions may change with it.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class AuthzenMappingResource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AdminContext context;

  AuthzenMappingResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response get() {
    context.requireView();
    return JsonResponses.ok(representation(stored()));
  }

  @PUT
  public Response update(String body) {
    context.requireManageRealm();
    JsonNode json = RequestBodies.readTree(context.session(), body, Limits.REQUEST_BODY_CHARS);
    FieldErrors errors = new FieldErrors();
    AuthzenMapping mapping =
        AuthzenMappingRules.read(
            json, ChatAccessView.policyOf(context.session(), context.realm()).catalog(), errors);
    ProblemException.throwIfAny(errors);
    Map<String, Object> representation = representation(mapping);
    context.write(
        OperationType.UPDATE,
        ResourceTypes.AUTHZEN_MAPPING,
        () -> {
          // decisions of mapped types may change; nobody's chat permissions do
          context.unit().changes().kind(ChangeKinds.AUTHZEN_MAPPING);
          context
              .realm()
              .setAttribute(AuthzenMapping.ATTRIBUTE, JsonResponses.write(representation));
          return representation;
        },
        done -> List.of("authzen"));
    return JsonResponses.ok(representation);
  }

  /** What is stored; a mapping that breaks the rules (set around this API) reads as none. */
  private AuthzenMapping stored() {
    String text = context.realm().getAttribute(AuthzenMapping.ATTRIBUTE);
    if (text == null || text.isBlank()) {
      return AuthzenMapping.none();
    }
    try {
      FieldErrors errors = new FieldErrors();
      AuthzenMapping mapping = AuthzenMappingRules.read(JSON.readTree(text), null, errors);
      return errors.isEmpty() ? mapping : AuthzenMapping.none();
    } catch (IOException e) {
      return AuthzenMapping.none();
    }
  }

  /** The mapping as JSON, members in a stable order and absent ones left out. */
  static Map<String, Object> representation(AuthzenMapping mapping) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (mapping.subjectAttribute() != null) {
      json.put("subjectAttribute", mapping.subjectAttribute());
    }
    json.put("actions", new java.util.TreeMap<>(mapping.actions()));
    Map<String, Object> types = new java.util.TreeMap<>();
    mapping
        .resourceTypes()
        .forEach(
            (name, type) -> {
              Map<String, Object> t = new LinkedHashMap<>();
              if (type.node() != null) {
                t.put("node", type.node());
              }
              if (type.ownerProperty() != null) {
                t.put("ownerProperty", type.ownerProperty());
              }
              if (type.ownerLookup() != null) {
                t.put("ownerLookup", type.ownerLookup());
              }
              types.put(name, t);
            });
    json.put("resourceTypes", types);
    return json;
  }
}
