package io.chataccess.admin;

import io.chataccess.policy.Channel;
import io.chataccess.policy.Keys;
import io.chataccess.rest.JsonResponses;
import io.chataccess.rules.Limits;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /chat-access/limits}: every limit and format the API checks, as the console (and any
 * client that validates before sending) reads them, so that no client keeps a copy of its own.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class LimitsResource {

  private final AdminContext context;

  LimitsResource(AdminContext context) {
    this.context = context;
  }

  @GET
  public Response get() {
    context.requireViewOrDelegation();
    return JsonResponses.ok(limits());
  }

  static Map<String, Object> limits() {
    Map<String, Object> limits = new LinkedHashMap<>();
    limits.put("keyPattern", Keys.NODE_KEY.pattern());
    limits.put("keyChars", Limits.KEY_CHARS);
    limits.put("permissionKeyPattern", Keys.PERMISSION_KEY.pattern());
    limits.put("permissionKeyChars", Limits.PERMISSION_KEY_CHARS);
    limits.put("nameChars", Limits.NAME_CHARS);
    limits.put("descriptionChars", Limits.DESCRIPTION_CHARS);
    limits.put("suspensionReasonChars", Limits.SUSPENSION_REASON_CHARS);
    limits.put("attributes", Limits.ATTRIBUTES);
    limits.put("attributeNameChars", Limits.ATTRIBUTE_NAME_CHARS);
    limits.put("attributeValueChars", Limits.ATTRIBUTE_VALUE_CHARS);
    limits.put("seats", Limits.SEATS);
    limits.put("licenseChannels", Limits.LICENSE_CHANNELS);
    limits.put("channelChars", Limits.CHANNEL_CHARS);
    limits.put("builtInChannels", Channel.BUILT_IN.stream().sorted().toList());
    limits.put("treeDepth", Limits.TREE_DEPTH);
    limits.put("nodes", Limits.NODES);
    limits.put("licenses", Limits.LICENSES);
    limits.put("roles", Limits.ROLES);
    limits.put("customPermissions", Limits.CUSTOM_PERMISSIONS);
    limits.put("roleVersions", Limits.ROLE_VERSIONS);
    limits.put("assignments", Limits.ASSIGNMENTS);
    limits.put("licenseHolders", Limits.LICENSE_HOLDERS);
    limits.put("grants", Limits.GRANTS);
    limits.put("assignmentInboxes", Limits.ASSIGNMENT_INBOXES);
    limits.put("assignmentNodes", Limits.ASSIGNMENT_NODES);
    limits.put("referenceChars", Limits.REFERENCE_CHARS);
    limits.put("checkBatch", Limits.CHECK_BATCH);
    limits.put("ownerDepartments", Limits.OWNER_DEPARTMENTS);
    return limits;
  }
}
