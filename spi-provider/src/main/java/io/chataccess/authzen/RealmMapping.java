package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.policy.AuthzenMapping;
import io.chataccess.rules.AuthzenMappingRules;
import io.chataccess.rules.FieldErrors;
import java.io.IOException;
import org.keycloak.models.RealmModel;

/**
 * The realm's AuthZEN mapping as stored in its attribute, read by the rules the admin API wrote it
 * with. A mapping set around the admin API (a realm update) that breaks them makes the AuthZEN
 * endpoints answer 503, naming the attribute, rather than guess.
 */
final class RealmMapping {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RealmMapping() {}

  static AuthzenMapping of(RealmModel realm) {
    String text = realm.getAttribute(AuthzenMapping.ATTRIBUTE);
    if (text == null || text.isBlank()) {
      return AuthzenMapping.none();
    }
    FieldErrors errors = new FieldErrors();
    AuthzenMapping mapping;
    try {
      JsonNode root = JSON.readTree(text);
      mapping = AuthzenMappingRules.read(root, null, errors);
    } catch (IOException e) {
      errors.add("$", "not JSON");
      mapping = null;
    }
    if (!errors.isEmpty()) {
      throw new AuthzenFailure(
          503,
          "the realm attribute "
              + AuthzenMapping.ATTRIBUTE
              + " is not a valid AuthZEN mapping ("
              + errors.list().get(0).field()
              + ": "
              + errors.list().get(0).message()
              + "); set it with PUT /admin/realms/{realm}/chat-access/authzen");
    }
    return mapping;
  }
}
