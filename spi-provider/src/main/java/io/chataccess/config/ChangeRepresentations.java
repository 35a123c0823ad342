package io.chataccess.config;

import io.chataccess.config.ChatAccessDocument.License;
import io.chataccess.config.ChatAccessDocument.Node;
import io.chataccess.config.ChatAccessDocument.Role;
import io.chataccess.config.ChatAccessDocument.RoleVersion;
import io.chataccess.config.ChatAccessDocument.Settings;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Permission;
import io.chataccess.rules.GrantRules;
import io.chataccess.store.StoredLicenseType;
import io.chataccess.store.StoredNode;
import io.chataccess.store.StoredRole;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link DocumentChange} carries for each kind of item (the admin event's representation):
 * the item as the document wants it, or, for a deletion, the few fields the store still had.
 */
final class ChangeRepresentations {

  private ChangeRepresentations() {}

  static Map<String, Object> settings(Settings settings) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("licensesRequired", settings.licensesRequired());
    rep.put("departmentRootGroup", settings.departmentRootGroup());
    return rep;
  }

  static Map<String, Object> permission(Permission permission) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", permission.key());
    rep.put("kind", permission.kind().name().toLowerCase(Locale.ROOT));
    rep.put("description", permission.description());
    if (permission.requires() != null) {
      rep.put("requires", permission.requires());
    }
    return rep;
  }

  static Map<String, Object> node(Node node) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", node.key());
    rep.put("type", node.type().wireName());
    rep.put("name", node.name());
    rep.put("parent", node.parentKey());
    rep.put("channel", node.channel() == null ? null : node.channel().value());
    rep.put("attributes", node.attributes());
    return rep;
  }

  static Map<String, Object> removedNode(StoredNode node) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", node.key());
    rep.put("type", node.type().wireName());
    rep.put("name", node.name());
    return rep;
  }

  static Map<String, Object> license(License license) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", license.key());
    rep.put("name", license.name());
    rep.put("seats", license.seats());
    rep.put("channels", license.channels().stream().map(c -> c.value()).sorted().toList());
    return rep;
  }

  static Map<String, Object> removedLicense(StoredLicenseType license) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", license.key());
    rep.put("name", license.name());
    return rep;
  }

  static Map<String, Object> holder(String licenseKey, String userId, String username) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("licenseKey", licenseKey);
    rep.put("userId", userId);
    rep.put("username", username);
    return rep;
  }

  /** A role with its newest version. */
  static Map<String, Object> role(Role role) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", role.key());
    rep.put("name", role.name());
    rep.put("description", role.description());
    rep.put("version", role.versions().size());
    RoleVersion current = role.versions().get(role.versions().size() - 1);
    rep.put("requiresLicense", current.requiresLicense());
    rep.put("grants", grants(current.grants()));
    return rep;
  }

  static Map<String, Object> removedRole(StoredRole role) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("key", role.key());
    rep.put("name", role.name());
    return rep;
  }

  /** {@code permission -> level} sorted by permission; empty for no grants. */
  static Map<String, String> grants(Grants grants) {
    return grants == null ? new TreeMap<>() : GrantRules.toMap(grants);
  }
}
