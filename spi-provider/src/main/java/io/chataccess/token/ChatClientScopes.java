package io.chataccess.token;

import io.chataccess.policy.Keys;
import java.util.HashMap;
import java.util.Map;
import org.keycloak.common.Profile;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;

/**
 * The client scopes a realm gets for chat apps. {@code chat} carries the chat permissions mapper:
 * attaching it to a client (as a default or optional scope) puts the whole claim in its tokens.
 * When Keycloak's parameterized scopes feature is on, {@code chat-node} is a parameterized scope:
 * requesting {@code chat-node:<node-key>} narrows the claim to that location or inbox. (Keycloak
 * takes a parameterized scope's prefix from its name, and such a scope does not apply without a
 * parameter, so one scope cannot serve both purposes.) Created with each new realm or import; never
 * changed once there, so admins may edit them.
 */
final class ChatClientScopes {

  static final String CHAT = "chat";
  static final String CHAT_NODE = "chat-node";

  private ChatClientScopes() {}

  static void ensure(RealmModel realm) {
    if (find(realm, CHAT) == null) {
      withMapper(realm.addClientScope(CHAT), "Chat permissions of the user (chat access claim)");
    }
    if (Profile.isFeatureEnabled(Profile.Feature.PARAMETERIZED_SCOPES)
        && find(realm, CHAT_NODE) == null) {
      ClientScopeModel scope = realm.addClientScope(CHAT_NODE);
      scope.setAttribute(ClientScopeModel.IS_PARAMETERIZED_SCOPE, "true");
      scope.setAttribute(ClientScopeModel.PARAMETERIZED_SCOPE_TYPE, "custom");
      scope.setAttribute(ClientScopeModel.PARAMETERIZED_SCOPE_REGEXP, Keys.NODE_KEY.pattern());
      withMapper(scope, "Chat permissions below one node of the inbox tree: chat-node:<node-key>");
    }
  }

  private static ClientScopeModel find(RealmModel realm, String name) {
    return realm
        .getClientScopesStream()
        .filter(s -> name.equals(s.getName()))
        .findFirst()
        .orElse(null);
  }

  private static void withMapper(ClientScopeModel scope, String description) {
    scope.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
    scope.setDescription(description);
    scope.setIncludeInTokenScope(true);
    ProtocolMapperModel mapper = new ProtocolMapperModel();
    mapper.setName("chat permissions");
    mapper.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
    mapper.setProtocolMapper(ChatPermissionsMapper.PROVIDER_ID);
    Map<String, String> config = new HashMap<>();
    config.put(OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME, ChatPermissionsMapper.DEFAULT_CLAIM);
    config.put(OIDCAttributeMapperHelper.INCLUDE_IN_ACCESS_TOKEN, "true");
    config.put(OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN, "true");
    config.put(OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO, "true");
    config.put(OIDCAttributeMapperHelper.INCLUDE_IN_INTROSPECTION, "true");
    mapper.setConfig(config);
    scope.addProtocolMapper(mapper);
  }
}
