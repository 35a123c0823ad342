package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.CustomPermission;
import io.chataccess.config.ChatAccessDocument.License;
import io.chataccess.config.ChatAccessDocument.Node;
import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.config.ChatAccessDocument.Settings;
import io.chataccess.policy.Keys;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Limits;
import io.chataccess.rules.PermissionRules;
import io.chataccess.rules.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a chat-access document from JSON and checks everything that needs no realm, with the same
 * rules as the admin API: shapes, keys, limits, levels against the catalog, and references inside
 * the document. Every error is collected with its JSON path ({@code $.assignments[3].role}); the
 * caller throws them all at once. A section that is present must be an array (or, for settings, an
 * object): {@code null} is refused, since an import would otherwise read it as "delete everything".
 */
public final class DocumentReader {

  private static final Set<String> TOP_FIELDS =
      Set.of(
          "format",
          "realm",
          "settings",
          "permissions",
          "inboxes",
          "licenses",
          "roles",
          "assignments");

  private final JsonFields json;
  private final Collection<Permission> storedCustomPermissions;

  /**
   * @param storedCustomPermissions the realm's custom permissions, used when the document has no
   *     {@code permissions} section
   */
  public DocumentReader(FieldErrors errors, Collection<Permission> storedCustomPermissions) {
    this.json = new JsonFields(errors);
    this.storedCustomPermissions = storedCustomPermissions;
  }

  public ChatAccessDocument read(JsonNode root) {
    if (!json.object(root, "$")) {
      return null;
    }
    json.unknownFields(root, "$", TOP_FIELDS);
    JsonNode format = root.get("format");
    json.errors()
        .check(
            format != null && format.isInt() && format.intValue() == ChatAccessDocument.FORMAT,
            "$.format",
            "required, must be " + ChatAccessDocument.FORMAT);
    if (root.has("realm")) {
      json.errors().check(root.get("realm").isTextual(), "$.realm", "must be a string");
    }
    Settings settings = section(root, "settings", false) ? settings(root.get("settings")) : null;
    List<CustomPermission> permissions =
        section(root, "permissions", true) ? permissions(root.get("permissions")) : null;
    PermissionCatalog catalog =
        PermissionCatalog.withCustom(
            permissions == null ? storedCustomPermissions : wellFormed(permissions));
    if (permissions != null) {
      prerequisites(permissions, catalog);
    }
    GrantsField grants = new GrantsField(json, catalog);
    List<Node> nodes =
        section(root, "inboxes", true) ? new TreeReader(json).read(root.get("inboxes")) : null;
    List<License> licenses =
        section(root, "licenses", true) ? new LicenseReader(json).read(root.get("licenses")) : null;
    List<Role> roles =
        section(root, "roles", true) ? new RoleReader(json, grants).read(root.get("roles")) : null;
    List<Assignment> assignments =
        section(root, "assignments", true)
            ? new AssignmentReader(json, grants).read(root.get("assignments"))
            : null;
    return new ChatAccessDocument(settings, permissions, nodes, licenses, roles, assignments);
  }

  /** The realm name a document may carry; informational, checked against the target by callers. */
  public static String realmName(JsonNode root) {
    JsonNode realm = root.get("realm");
    return realm != null && realm.isTextual() ? realm.textValue() : null;
  }

  /** Whether the section is there to be read; a section that is {@code null} is an error. */
  private boolean section(JsonNode root, String name, boolean array) {
    JsonNode section = root.get(name);
    if (section == null) {
      return false;
    }
    boolean shaped = array ? section.isArray() : section.isObject();
    json.errors()
        .check(
            shaped,
            "$." + name,
            (array ? "must be an array" : "must be an object")
                + "; leave the section out to keep what the realm has");
    return shaped;
  }

  private Settings settings(JsonNode node) {
    String at = "$.settings";
    json.unknownFields(node, at, Set.of("licensesRequired", "departmentRootGroup"));
    boolean licensesRequired = json.optionalBoolean(node, "licensesRequired", at, true);
    String root = json.optionalText(node, "departmentRootGroup", at);
    if (root != null) {
      json.errors()
          .check(
              root.startsWith("/") && Texts.isReference(root),
              at + ".departmentRootGroup",
              "must be a group path such as /departments");
    }
    return new Settings(licensesRequired, root);
  }

  private List<CustomPermission> permissions(JsonNode array) {
    List<CustomPermission> result = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    json.each(
        array,
        "$.permissions",
        Limits.CUSTOM_PERMISSIONS,
        (item, at) -> {
          json.unknownFields(item, at, Set.of("key", "kind", "description", "requires"));
          String key = json.requiredText(item, "key", at);
          if (key != null
              && PermissionRules.key(key, at + ".key", json.errors())
              && json.errors()
                  .check(
                      !PermissionCatalog.isBuiltIn(key), at + ".key", "is a built-in permission")) {
            json.errors().check(keys.add(key), at + ".key", "is listed twice");
          }
          String kindText = json.requiredText(item, "kind", at);
          PermissionKind kind =
              kindText == null ? null : PermissionRules.kind(kindText, at + ".kind", json.errors());
          String description = json.optionalText(item, "description", at);
          Texts.description(description, at + ".description", json.errors());
          String requires = json.optionalText(item, "requires", at);
          result.add(new CustomPermission(key, kind, description, requires));
        });
    return result;
  }

  /** Each prerequisite a permission of the catalog, without cycles (the rule of the API). */
  private void prerequisites(List<CustomPermission> permissions, PermissionCatalog catalog) {
    for (int i = 0; i < permissions.size(); i++) {
      CustomPermission p = permissions.get(i);
      if (p.key() != null && p.requires() != null) {
        PermissionRules.prerequisite(
            new Permission(p.key(), PermissionKind.SCOPED, null, false, p.requires()),
            catalog,
            "$.permissions[" + i + "].requires",
            json.errors());
      }
    }
  }

  /**
   * The custom permissions that can join the catalog the roles are checked against: a faulty entry
   * is already an error of its own, and must not make every role that uses it one more.
   */
  private static List<Permission> wellFormed(List<CustomPermission> permissions) {
    Map<String, Permission> byKey = new LinkedHashMap<>();
    for (CustomPermission p : permissions) {
      if (p.key() != null
          && p.kind() != null
          && Keys.isValidPermissionKey(p.key())
          && !PermissionCatalog.isBuiltIn(p.key())) {
        byKey.putIfAbsent(
            p.key(), new Permission(p.key(), p.kind(), p.description(), false, p.requires()));
      }
    }
    return List.copyOf(byKey.values());
  }
}
