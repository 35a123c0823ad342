package io.chataccess.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.AssignmentScope;
import io.chataccess.config.ChatAccessDocument.CustomPermission;
import io.chataccess.config.ChatAccessDocument.License;
import io.chataccess.config.ChatAccessDocument.Node;
import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.config.ChatAccessDocument.RoleVersion;
import io.chataccess.config.ChatAccessDocument.Settings;
import io.chataccess.config.ChatAccessDocument.Subject;
import io.chataccess.policy.Channel;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Keys;
import io.chataccess.policy.NodeType;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.PermissionKind;
import io.chataccess.policy.SubjectType;
import io.chataccess.rest.FieldErrors;
import io.chataccess.rest.GrantsInput;
import io.chataccess.rest.Texts;
import io.chataccess.store.SaveMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads a chat-access document from JSON and checks everything that needs no realm: shapes, keys,
 * levels against the catalog, and references inside the document. Every error is collected with its
 * JSON path ({@code $.assignments[3].role}); the caller throws them all at once.
 */
public final class DocumentReader {

  static final int MAX_NODES = 10_000;
  static final int MAX_ENTRIES = 100_000;
  static final int MAX_ROLES = 2_000;
  static final int MAX_VERSIONS = 1_000;
  static final int MAX_ATTRIBUTES = 50;
  static final int MAX_DEPTH = 16;
  static final int MAX_NAME_REFERENCE = 1024;

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

  private final FieldErrors errors;
  private final Collection<Permission> storedCustomPermissions;

  /**
   * @param storedCustomPermissions the realm's custom permissions, used when the document has no
   *     {@code permissions} section
   */
  public DocumentReader(FieldErrors errors, Collection<Permission> storedCustomPermissions) {
    this.errors = errors;
    this.storedCustomPermissions = storedCustomPermissions;
  }

  public ChatAccessDocument read(JsonNode root) {
    if (!root.isObject()) {
      errors.add("$", "must be a JSON object");
      return null;
    }
    unknownFields(root, "$", TOP_FIELDS);
    JsonNode format = root.get("format");
    errors.check(
        format != null && format.isInt() && format.intValue() == ChatAccessDocument.FORMAT,
        "$.format",
        "required, must be " + ChatAccessDocument.FORMAT);
    if (root.has("realm")) {
      errors.check(root.get("realm").isTextual(), "$.realm", "must be a string");
    }
    Settings settings = section(root, "settings") ? settings(root.get("settings")) : null;
    List<CustomPermission> permissions =
        section(root, "permissions") ? permissions(root.get("permissions")) : null;
    PermissionCatalog catalog =
        PermissionCatalog.withCustom(
            permissions == null ? storedCustomPermissions : wellFormed(permissions));
    List<Node> nodes = section(root, "inboxes") ? nodes(root.get("inboxes")) : null;
    List<License> licenses = section(root, "licenses") ? licenses(root.get("licenses")) : null;
    List<Role> roles = section(root, "roles") ? roles(root.get("roles"), catalog) : null;
    List<Assignment> assignments =
        section(root, "assignments") ? assignments(root.get("assignments"), catalog) : null;
    return new ChatAccessDocument(settings, permissions, nodes, licenses, roles, assignments);
  }

  /** The realm name a document may carry; informational, checked against the target by callers. */
  public static String realmName(JsonNode root) {
    JsonNode realm = root.get("realm");
    return realm != null && realm.isTextual() ? realm.textValue() : null;
  }

  private boolean section(JsonNode root, String name) {
    return root.has(name);
  }

  private Settings settings(JsonNode node) {
    String at = "$.settings";
    if (!object(node, at)) {
      return null;
    }
    unknownFields(node, at, Set.of("licensesRequired", "departmentRootGroup"));
    boolean licensesRequired = true;
    JsonNode required = node.get("licensesRequired");
    if (required != null && !required.isNull()) {
      if (errors.check(required.isBoolean(), at + ".licensesRequired", "must be true or false")) {
        licensesRequired = required.booleanValue();
      }
    }
    String root = optionalText(node, "departmentRootGroup", at);
    if (root != null) {
      errors.check(
          root.startsWith("/") && root.length() <= MAX_NAME_REFERENCE,
          at + ".departmentRootGroup",
          "must be a group path such as /departments");
    }
    return new Settings(licensesRequired, root);
  }

  private List<CustomPermission> permissions(JsonNode array) {
    List<CustomPermission> result = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    each(
        array,
        "$.permissions",
        MAX_ROLES,
        (item, at) -> {
          unknownFields(item, at, Set.of("key", "kind", "description"));
          String key = requiredText(item, "key", at);
          if (key != null
              && errors.check(
                  Keys.isValidPermissionKey(key),
                  at + ".key",
                  "must match " + Keys.PERMISSION_KEY.pattern())
              && errors.check(
                  !PermissionCatalog.isBuiltIn(key), at + ".key", "is a built-in permission")) {
            errors.check(keys.add(key), at + ".key", "is listed twice");
          }
          String kindText = requiredText(item, "kind", at);
          PermissionKind kind = null;
          if (kindText != null) {
            kind =
                switch (kindText) {
                  case "scoped" -> PermissionKind.SCOPED;
                  case "boolean" -> PermissionKind.BOOLEAN;
                  default -> null;
                };
            errors.check(kind != null, at + ".kind", "must be scoped or boolean");
          }
          String description = optionalText(item, "description", at);
          if (description != null) {
            Texts.description(description, at + ".description", errors);
          }
          result.add(new CustomPermission(key, kind, description));
        });
    return result;
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
        byKey.putIfAbsent(p.key(), new Permission(p.key(), p.kind(), p.description(), false));
      }
    }
    return List.copyOf(byKey.values());
  }

  private List<Node> nodes(JsonNode array) {
    List<Node> result = new ArrayList<>();
    nodes(array, "$.inboxes", null, 1, result, new HashSet<>());
    errors.check(result.size() <= MAX_NODES, "$.inboxes", "at most " + MAX_NODES + " nodes");
    return result;
  }

  private void nodes(
      JsonNode array, String path, String parentKey, int depth, List<Node> into, Set<String> keys) {
    if (!errors.check(depth <= MAX_DEPTH, path, "the tree is deeper than " + MAX_DEPTH)) {
      return;
    }
    each(
        array,
        path,
        MAX_NODES,
        (item, at) -> {
          unknownFields(
              item, at, Set.of("key", "type", "name", "channel", "attributes", "children"));
          String key = requiredText(item, "key", at);
          if (key != null
              && errors.check(
                  Keys.isValidKey(key), at + ".key", "must match " + Keys.NODE_KEY.pattern())) {
            errors.check(keys.add(key), at + ".key", "is used twice in the tree");
          }
          String name = requiredText(item, "name", at);
          if (name != null) {
            Texts.name(name, at + ".name", errors);
          }
          String typeText = requiredText(item, "type", at);
          NodeType type = typeText == null ? null : NodeType.fromWireName(typeText).orElse(null);
          if (typeText != null) {
            errors.check(type != null, at + ".type", "must be location or inbox");
          }
          String channelText = optionalText(item, "channel", at);
          Channel channel = null;
          if (type == NodeType.INBOX) {
            if (errors.check(channelText != null, at + ".channel", "required for an inbox")) {
              channel = Channel.parse(channelText).orElse(null);
              errors.check(
                  channel != null,
                  at + ".channel",
                  "must be one of " + String.join(", ", Channel.BUILT_IN) + " or custom:<name>");
            }
          } else if (type == NodeType.LOCATION) {
            errors.check(channelText == null, at + ".channel", "a location has no channel");
          }
          Map<String, String> attributes = attributes(item.get("attributes"), at + ".attributes");
          into.add(new Node(key, type, parentKey, channel, name, attributes));
          JsonNode children = item.get("children");
          if (children != null && !children.isNull()) {
            nodes(children, at + ".children", key, depth + 1, into, keys);
          }
        });
  }

  private Map<String, String> attributes(JsonNode node, String at) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (node == null || node.isNull() || !object(node, at)) {
      return attributes;
    }
    errors.check(node.size() <= MAX_ATTRIBUTES, at, "at most " + MAX_ATTRIBUTES + " entries");
    node.fields()
        .forEachRemaining(
            entry -> {
              String name = entry.getKey();
              JsonNode value = entry.getValue();
              boolean valid =
                  !name.isEmpty()
                      && name.length() <= 255
                      && Texts.isPrintable(name)
                      && value.isTextual()
                      && value.textValue().length() <= 2048
                      && Texts.isPrintable(value.textValue());
              if (errors.check(
                  valid,
                  at + "." + name,
                  "names are 1 to 255 and values up to 2048 printable characters")) {
                attributes.put(name, value.textValue());
              }
            });
    return attributes;
  }

  private List<License> licenses(JsonNode array) {
    List<License> result = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    each(
        array,
        "$.licenses",
        MAX_ROLES,
        (item, at) -> {
          unknownFields(item, at, Set.of("key", "name", "seats", "channels", "holders"));
          String key = requiredText(item, "key", at);
          if (key != null
              && errors.check(
                  Keys.isValidKey(key), at + ".key", "must match " + Keys.NODE_KEY.pattern())) {
            errors.check(keys.add(key), at + ".key", "is listed twice");
          }
          String name = requiredText(item, "name", at);
          if (name != null) {
            Texts.name(name, at + ".name", errors);
          }
          Integer seats = null;
          JsonNode seatsNode = item.get("seats");
          if (seatsNode != null && !seatsNode.isNull()) {
            if (errors.check(
                seatsNode.isInt() && seatsNode.intValue() >= 0 && seatsNode.intValue() <= 1_000_000,
                at + ".seats",
                "must be a whole number from 0 to 1000000, or null for unlimited")) {
              seats = seatsNode.intValue();
            }
          }
          Set<Channel> channels = new LinkedHashSet<>();
          for (String channel : texts(item.get("channels"), at + ".channels", 100)) {
            Channel parsed = Channel.parse(channel).orElse(null);
            if (errors.check(parsed != null, at + ".channels", "unknown channel " + channel)) {
              errors.check(channels.add(parsed), at + ".channels", channel + " is listed twice");
            }
          }
          List<String> holders = texts(item.get("holders"), at + ".holders", MAX_ENTRIES);
          errors.check(
              new HashSet<>(holders).size() == holders.size(),
              at + ".holders",
              "a username is listed twice");
          errors.check(
              seats == null || holders.size() <= seats,
              at + ".holders",
              "more holders than the license's " + seats + " seats");
          result.add(new License(key, name, seats, channels, holders));
        });
    return result;
  }

  private List<Role> roles(JsonNode array, PermissionCatalog catalog) {
    List<Role> result = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    each(
        array,
        "$.roles",
        MAX_ROLES,
        (item, at) -> {
          unknownFields(item, at, Set.of("key", "name", "description", "versions"));
          String key = requiredText(item, "key", at);
          if (key != null
              && errors.check(
                  Keys.isValidKey(key), at + ".key", "must match " + Keys.NODE_KEY.pattern())) {
            errors.check(keys.add(key), at + ".key", "is listed twice");
          }
          String name = requiredText(item, "name", at);
          if (name != null) {
            Texts.name(name, at + ".name", errors);
          }
          String description = optionalText(item, "description", at);
          if (description != null) {
            Texts.description(description, at + ".description", errors);
          }
          List<RoleVersion> versions = new ArrayList<>();
          JsonNode versionsNode = item.get("versions");
          if (errors.check(
              versionsNode != null && versionsNode.isArray() && !versionsNode.isEmpty(),
              at + ".versions",
              "required, at least one version")) {
            each(
                versionsNode,
                at + ".versions",
                MAX_VERSIONS,
                (version, vat) ->
                    versions.add(roleVersion(version, vat, catalog, versions.isEmpty())));
          }
          result.add(new Role(key, name, description, versions));
        });
    return result;
  }

  /** The first version was created, not saved: its {@code saveMode} is ignored. */
  private RoleVersion roleVersion(
      JsonNode item, String at, PermissionCatalog catalog, boolean first) {
    unknownFields(item, at, Set.of("version", "grants", "requiresLicense", "saveMode"));
    JsonNode number = item.get("version");
    if (number != null) {
      errors.check(number.isInt(), at + ".version", "must be a whole number");
    }
    boolean requiresLicense = true;
    JsonNode license = item.get("requiresLicense");
    if (license != null && !license.isNull()) {
      if (errors.check(license.isBoolean(), at + ".requiresLicense", "must be true or false")) {
        requiresLicense = license.booleanValue();
      }
    }
    SaveMode mode = first ? SaveMode.CREATED : SaveMode.APPLY;
    String modeText = optionalText(item, "saveMode", at);
    if (modeText != null && !first) {
      mode = SaveMode.fromWireName(modeText).filter(m -> m != SaveMode.CREATED).orElse(null);
      errors.check(mode != null, at + ".saveMode", "must be apply or new-only");
    }
    Grants grants = grants(item.get("grants"), at + ".grants", catalog, true);
    return new RoleVersion(grants, requiresLicense, mode);
  }

  private List<Assignment> assignments(JsonNode array, PermissionCatalog catalog) {
    List<Assignment> result = new ArrayList<>();
    each(
        array,
        "$.assignments",
        MAX_ENTRIES,
        (item, at) -> {
          unknownFields(
              item,
              at,
              Set.of(
                  "user",
                  "group",
                  "realmRole",
                  "clientRole",
                  "role",
                  "version",
                  "grants",
                  "scope",
                  "source"));
          Subject subject = subject(item, at);
          String role = optionalText(item, "role", at);
          boolean hasGrants = item.has("grants") && !item.get("grants").isNull();
          errors.check(
              (role != null) != hasGrants, at, "needs either role or grants, not both or neither");
          Integer version = null;
          JsonNode versionNode = item.get("version");
          if (versionNode != null && !versionNode.isNull()) {
            if (errors.check(role != null, at + ".version", "pins a role's version; needs role")
                && errors.check(
                    versionNode.isInt() && versionNode.intValue() >= 1,
                    at + ".version",
                    "must be a version number from 1")) {
              version = versionNode.intValue();
            }
          }
          Grants grants =
              hasGrants ? grants(item.get("grants"), at + ".grants", catalog, false) : null;
          AssignmentScope scope = scope(item.get("scope"), at + ".scope");
          String source = optionalText(item, "source", at);
          if (source != null) {
            errors.check(
                source.equals("document")
                    || source.equals("manual")
                    || source.matches("idp:[A-Za-z0-9._-]{1,100}"),
                at + ".source",
                "must be document, manual or idp:<alias>");
          }
          result.add(
              new Assignment(
                  subject,
                  role,
                  version,
                  grants,
                  scope,
                  source == null || source.equals("document") ? "document" : source));
        });
    return result;
  }

  private Subject subject(JsonNode item, String at) {
    List<String> present = new ArrayList<>();
    for (String field : List.of("user", "group", "realmRole", "clientRole")) {
      if (item.has(field) && !item.get(field).isNull()) {
        present.add(field);
      }
    }
    if (!errors.check(
        present.size() == 1, at, "needs exactly one of user, group, realmRole, clientRole")) {
      return null;
    }
    String field = present.get(0);
    if (field.equals("clientRole")) {
      JsonNode node = item.get(field);
      if (!object(node, at + ".clientRole")) {
        return null;
      }
      unknownFields(node, at + ".clientRole", Set.of("client", "role"));
      String client = requiredText(node, "client", at + ".clientRole");
      String role = requiredText(node, "role", at + ".clientRole");
      return client == null || role == null
          ? null
          : new Subject(SubjectType.CLIENT_ROLE, role, client);
    }
    String name = requiredText(item, field, at);
    if (name == null) {
      return null;
    }
    errors.check(name.length() <= MAX_NAME_REFERENCE, at + "." + field, "is too long");
    return switch (field) {
      case "user" -> new Subject(SubjectType.USER, name, null);
      case "group" -> {
        errors.check(name.startsWith("/"), at + ".group", "must be a group path such as /sales");
        yield new Subject(SubjectType.GROUP, name, null);
      }
      default -> new Subject(SubjectType.REALM_ROLE, name, null);
    };
  }

  private AssignmentScope scope(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!object(node, at)) {
      return null;
    }
    unknownFields(node, at, Set.of("node", "inboxes"));
    boolean hasNode = node.has("node");
    boolean hasInboxes = node.has("inboxes");
    if (!errors.check(hasNode != hasInboxes, at, "needs either node or inboxes")) {
      return null;
    }
    if (hasNode) {
      String key = requiredText(node, "node", at);
      return key == null ? null : AssignmentScope.node(key);
    }
    List<String> keys = texts(node.get("inboxes"), at + ".inboxes", MAX_NODES);
    errors.check(!keys.isEmpty(), at + ".inboxes", "at least one inbox");
    errors.check(
        new HashSet<>(keys).size() == keys.size(), at + ".inboxes", "an inbox is listed twice");
    return AssignmentScope.inboxes(keys);
  }

  private Grants grants(JsonNode node, String at, PermissionCatalog catalog, boolean required) {
    if (node == null || node.isNull()) {
      errors.check(!required, at, "required");
      return Grants.empty();
    }
    if (!object(node, at)) {
      return Grants.empty();
    }
    Map<String, String> levels = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            entry -> {
              if (errors.check(
                  entry.getValue().isTextual(),
                  at + "." + entry.getKey(),
                  "level must be none, own, department or all")) {
                levels.put(entry.getKey(), entry.getValue().textValue());
              }
            });
    return GrantsInput.validate(levels, catalog, at, errors);
  }

  // ---- small JSON helpers: each records an error and returns null or empty on a wrong shape

  private void each(JsonNode array, String at, int max, BiConsumer<JsonNode, String> readItem) {
    if (array == null || array.isNull()) {
      return;
    }
    if (!errors.check(array.isArray(), at, "must be an array")) {
      return;
    }
    if (!errors.check(array.size() <= max, at, "at most " + max + " entries")) {
      return;
    }
    int index = 0;
    for (JsonNode item : array) {
      String itemAt = at + "[" + index++ + "]";
      if (object(item, itemAt)) {
        readItem.accept(item, itemAt);
      }
    }
  }

  private List<String> texts(JsonNode array, String at, int max) {
    List<String> values = new ArrayList<>();
    if (array == null || array.isNull()) {
      return values;
    }
    if (!errors.check(array.isArray(), at, "must be an array of strings")
        || !errors.check(array.size() <= max, at, "at most " + max + " entries")) {
      return values;
    }
    int index = 0;
    for (JsonNode item : array) {
      if (errors.check(
          item.isTextual()
              && !item.textValue().isBlank()
              && item.textValue().length() <= MAX_NAME_REFERENCE,
          at + "[" + index + "]",
          "must be a non-empty string")) {
        values.add(item.textValue());
      }
      index++;
    }
    return values;
  }

  private boolean object(JsonNode node, String at) {
    return errors.check(node != null && node.isObject(), at, "must be an object");
  }

  private String requiredText(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (!errors.check(
        value != null && value.isTextual() && !value.textValue().isBlank(),
        at + "." + field,
        "required, a non-empty string")) {
      return null;
    }
    return value.textValue();
  }

  private String optionalText(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return errors.check(value.isTextual(), at + "." + field, "must be a string")
        ? value.textValue()
        : null;
  }

  private void unknownFields(JsonNode node, String at, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      errors.check(
          known.contains(name),
          at + "." + (name.length() > 100 ? name.substring(0, 100) + "..." : name),
          "unknown field");
    }
  }
}
