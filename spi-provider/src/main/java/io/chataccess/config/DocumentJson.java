package io.chataccess.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.config.ChatAccessDocument.Assignment;
import io.chataccess.config.ChatAccessDocument.License;
import io.chataccess.config.ChatAccessDocument.Node;
import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.config.ChatAccessDocument.RoleVersion;
import io.chataccess.config.ChatAccessDocument.Subject;
import io.chataccess.policy.Channel;
import io.chataccess.policy.Grants;
import io.chataccess.policy.PermissionKind;
import io.chataccess.rules.GrantRules;
import io.chataccess.store.SaveMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a document as JSON in the canonical form of docs/document.md; defaults are left out. */
public final class DocumentJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private DocumentJson() {}

  public static ObjectNode write(String realmName, ChatAccessDocument document) {
    ObjectNode root = JSON.objectNode();
    root.put("format", ChatAccessDocument.FORMAT);
    root.put("realm", realmName);
    if (document.settings() != null) {
      ObjectNode settings = root.putObject("settings");
      settings.put("licensesRequired", document.settings().licensesRequired());
      settings.put("departmentRootGroup", document.settings().departmentRootGroup());
    }
    if (document.permissions() != null) {
      ArrayNode permissions = root.putArray("permissions");
      document
          .permissions()
          .forEach(
              p -> {
                ObjectNode item = permissions.addObject().put("key", p.key());
                item.put("kind", p.kind() == PermissionKind.BOOLEAN ? "boolean" : "scoped");
                if (p.description() != null) {
                  item.put("description", p.description());
                }
                if (p.requires() != null) {
                  item.put("requires", p.requires());
                }
              });
    }
    if (document.inboxes() != null) {
      root.set("inboxes", tree(document.inboxes()));
    }
    if (document.licenses() != null) {
      ArrayNode licenses = root.putArray("licenses");
      document.licenses().forEach(license -> licenses.add(license(license)));
    }
    if (document.roles() != null) {
      ArrayNode roles = root.putArray("roles");
      document.roles().forEach(role -> roles.add(role(role)));
    }
    if (document.assignments() != null) {
      ArrayNode assignments = root.putArray("assignments");
      document.assignments().forEach(a -> assignments.add(assignment(a)));
    }
    return root;
  }

  private static ArrayNode tree(List<Node> nodes) {
    ArrayNode roots = JSON.arrayNode();
    Map<String, ObjectNode> written = new TreeMap<>();
    for (Node node : nodes) {
      ObjectNode item = JSON.objectNode();
      item.put("key", node.key());
      item.put("type", node.type().wireName());
      item.put("name", node.name());
      if (node.channel() != null) {
        item.put("channel", node.channel().value());
      }
      if (!node.attributes().isEmpty()) {
        ObjectNode attributes = item.putObject("attributes");
        new TreeMap<>(node.attributes()).forEach(attributes::put);
      }
      written.put(node.key(), item);
      ObjectNode parent = node.parentKey() == null ? null : written.get(node.parentKey());
      if (parent == null) {
        roots.add(item);
      } else {
        ArrayNode children =
            parent.has("children")
                ? (ArrayNode) parent.get("children")
                : parent.putArray("children");
        children.add(item);
      }
    }
    return roots;
  }

  private static ObjectNode license(License license) {
    ObjectNode item = JSON.objectNode();
    item.put("key", license.key());
    item.put("name", license.name());
    if (license.seats() != null) {
      item.put("seats", license.seats());
    }
    if (!license.channels().isEmpty()) {
      ArrayNode channels = item.putArray("channels");
      license.channels().stream().map(Channel::value).sorted().forEach(channels::add);
    }
    ArrayNode holders = item.putArray("holders");
    license.holders().forEach(holders::add);
    return item;
  }

  private static ObjectNode role(Role role) {
    ObjectNode item = JSON.objectNode();
    item.put("key", role.key());
    item.put("name", role.name());
    if (role.description() != null) {
      item.put("description", role.description());
    }
    ArrayNode versions = item.putArray("versions");
    int number = 1;
    for (RoleVersion version : role.versions()) {
      ObjectNode v = versions.addObject();
      v.put("version", number++);
      v.put("requiresLicense", version.requiresLicense());
      if (version.saveMode() != SaveMode.CREATED) {
        v.put("saveMode", version.saveMode().wireName());
      }
      v.set("grants", grants(version.grants()));
    }
    return item;
  }

  private static ObjectNode assignment(Assignment assignment) {
    ObjectNode item = JSON.objectNode();
    subject(item, assignment.subject());
    if (assignment.roleKey() != null) {
      item.put("role", assignment.roleKey());
      if (assignment.version() != null) {
        item.put("version", assignment.version());
      }
    } else {
      item.set("grants", grants(assignment.grants()));
    }
    if (assignment.scope() != null) {
      ObjectNode scope = item.putObject("scope");
      if (assignment.scope().nodeKey() != null) {
        scope.put("node", assignment.scope().nodeKey());
      } else if (assignment.scope().nodeKeys() != null) {
        ArrayNode nodes = scope.putArray("nodes");
        assignment.scope().nodeKeys().stream().sorted().forEach(nodes::add);
      } else {
        ArrayNode inboxes = scope.putArray("inboxes");
        new ArrayList<>(assignment.scope().inboxKeys()).stream().sorted().forEach(inboxes::add);
      }
    }
    if (!"document".equals(assignment.source())) {
      item.put("source", assignment.source());
    }
    return item;
  }

  static void subject(ObjectNode item, Subject subject) {
    switch (subject.type()) {
      case USER -> item.put("user", subject.name());
      case GROUP -> item.put("group", subject.name());
      case REALM_ROLE -> item.put("realmRole", subject.name());
      case CLIENT_ROLE ->
          item.putObject("clientRole").put("client", subject.client()).put("role", subject.name());
    }
  }

  static ObjectNode grants(Grants grants) {
    ObjectNode node = JSON.objectNode();
    GrantRules.toMap(grants).forEach(node::put);
    return node;
  }
}
