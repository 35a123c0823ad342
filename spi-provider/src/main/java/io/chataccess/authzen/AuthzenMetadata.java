package io.chataccess.authzen;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The Policy Decision Point metadata of a realm (AuthZEN 1.0, section "Policy Decision Point
 * Metadata"): its identifier and every endpoint, as public URLs (Keycloak's hostname and proxy
 * settings decide the base). No {@code capabilities}: none of the registered ones applies, and a
 * parameter without values is left out.
 */
final class AuthzenMetadata {

  static final String PATH = "chat-access/authzen";

  private AuthzenMetadata() {}

  static String pdp(KeycloakSession session, RealmModel realm) {
    String base = session.getContext().getUri().getBaseUri().toString();
    return (base.endsWith("/") ? base : base + "/") + "realms/" + realm.getName() + "/" + PATH;
  }

  static Map<String, Object> of(KeycloakSession session, RealmModel realm) {
    String pdp = pdp(session, realm);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("policy_decision_point", pdp);
    metadata.put("access_evaluation_endpoint", pdp + "/access/v1/evaluation");
    metadata.put("access_evaluations_endpoint", pdp + "/access/v1/evaluations");
    metadata.put("search_subject_endpoint", pdp + "/access/v1/search/subject");
    metadata.put("search_resource_endpoint", pdp + "/access/v1/search/resource");
    metadata.put("search_action_endpoint", pdp + "/access/v1/search/action");
    return metadata;
  }
}
