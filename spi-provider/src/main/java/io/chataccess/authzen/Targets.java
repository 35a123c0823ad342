package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.cache.Departments;
import io.chataccess.policy.AuthzenMapping;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.TreeNode;
import io.chataccess.rules.Limits;
import io.chataccess.rules.Texts;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Turns an AuthZEN resource into a {@link Target} (docs/authzen.md, "Resources"): {@code inbox} and
 * {@code location} by node key, {@code conversation} with the properties of {@code /check}, and the
 * realm's mapped types. Null for a resource the realm does not know: its decision is {@code false}.
 */
final class Targets {

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AuthzenMapping mapping;
  private final UserLookup users;

  Targets(KeycloakSession session, RealmModel realm, AuthzenMapping mapping, UserLookup users) {
    this.session = session;
    this.realm = realm;
    this.mapping = mapping;
    this.users = users;
  }

  Target of(ChatPolicy policy, Entity resource, String departmentRootId) {
    return switch (resource.type()) {
      case "inbox" -> inbox(policy, resource.id(), null);
      case "location" -> node(policy, resource.id(), null);
      case "conversation" ->
          inbox(policy, resource.property("inbox"), conversationOwner(resource, departmentRootId));
      default -> mapped(policy, resource, departmentRootId);
    };
  }

  private Target mapped(ChatPolicy policy, Entity resource, String departmentRootId) {
    AuthzenMapping.ResourceType type = mapping.resourceTypes().get(resource.type());
    if (type == null) {
      return null;
    }
    Target.Owner owner = null;
    if (type.ownerProperty() != null) {
      UserModel user = users.owner(resource.property(type.ownerProperty()), type.ownerLookup());
      owner =
          user == null
              ? new Target.Owner("", List.of())
              : new Target.Owner(user.getId(), Departments.of(departmentRootId, user));
    }
    return type.node() != null
        ? node(policy, type.node(), owner)
        : inbox(policy, resource.id(), owner);
  }

  /** The owner of a conversation as {@code /check} takes it: a user id, and department paths. */
  private Target.Owner conversationOwner(Entity resource, String departmentRootId) {
    String owner = resource.property("owner");
    if (owner == null) {
      return null;
    }
    UserModel user = users.owner(owner, null);
    List<String> departments = null;
    JsonNode given = resource.properties().get("ownerDepartments");
    if (given != null && given.isArray() && given.size() <= Limits.OWNER_DEPARTMENTS) {
      departments = new ArrayList<>();
      for (JsonNode department : given) {
        if (department.isTextual() && Texts.isReference(department.textValue())) {
          departments.add(
              Departments.identify(session, realm, departmentRootId, department.textValue()));
        }
      }
    }
    return new Target.Owner(user == null ? owner : user.getId(), departments);
  }

  private static Target inbox(ChatPolicy policy, String key, Target.Owner owner) {
    TreeNode node = find(policy, key);
    return node == null || !node.isInbox() ? null : new Target(node, List.of(node), owner);
  }

  private static Target node(ChatPolicy policy, String key, Target.Owner owner) {
    TreeNode node = find(policy, key);
    return node == null
        ? null
        : new Target(
            node, node.isInbox() ? List.of(node) : policy.tree().inboxesUnder(node.id()), owner);
  }

  private static TreeNode find(ChatPolicy policy, String keyOrId) {
    if (keyOrId == null || !Texts.isReference(keyOrId)) {
      return null;
    }
    return policy.tree().findByKey(keyOrId).or(() -> policy.tree().node(keyOrId)).orElse(null);
  }
}
