package io.chataccess.token;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.common.Profile;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.rar.AuthorizationDetails;
import org.keycloak.rar.AuthorizationRequestContext;

/**
 * The node keys a client asked for with the parameterized scope {@code chat:<node-key>} (Keycloak's
 * parameterized scopes feature). Only scopes that carry this mapper count. Without the feature no
 * node can be asked for, and Keycloak refuses to build the request context at all, so it is not
 * asked for.
 */
final class NodeRequest {

  private NodeRequest() {}

  static List<String> requestedNodeKeys(
      ProtocolMapperModel mapper, ClientSessionContext clientSessionCtx) {
    if (!Profile.isFeatureEnabled(Profile.Feature.PARAMETERIZED_SCOPES)) {
      return List.of();
    }
    AuthorizationRequestContext context = clientSessionCtx.getAuthorizationRequestContext();
    if (context == null) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    for (AuthorizationDetails detail : context.getAuthorizationDetailEntries()) {
      ClientScopeModel scope = detail.getClientScope();
      if (scope != null
          && detail.isParameterizedScope()
          && scope.getProtocolMapperById(mapper.getId()) != null) {
        String key = detail.getParameterizedScopeParam();
        if (key != null && !key.isBlank()) {
          keys.add(key);
        }
      }
    }
    return keys;
  }
}
