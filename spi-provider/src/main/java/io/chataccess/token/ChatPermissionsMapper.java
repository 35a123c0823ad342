package io.chataccess.token;

import io.chataccess.cache.ChatAccessView;
import io.chataccess.policy.ChatClaim;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.ClaimEncoder;
import io.chataccess.policy.ClaimScope;
import io.chataccess.policy.TreeNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ProtocolMapperContainerModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;

/**
 * "Chat access: chat permissions": puts the user's effective chat permissions into tokens as the
 * {@code chat} claim (docs/claim.md). With a warm cache it reads the user's memberships, licenses
 * and suspension, and nothing per inbox, role or assignment.
 */
public final class ChatPermissionsMapper extends AbstractOIDCProtocolMapper
    implements OIDCAccessTokenMapper,
        OIDCIDTokenMapper,
        UserInfoTokenMapper,
        TokenIntrospectionTokenMapper {

  public static final String PROVIDER_ID = "chat-access-permissions-mapper";
  public static final String DEFAULT_CLAIM = "chat";

  private static final ClaimEncoder ENCODER = new ClaimEncoder();
  private static final List<ProviderConfigProperty> PROPERTIES = new ArrayList<>();

  /** A node id no tree has: limiting to it leaves no inbox. */
  private static final String NOTHING = "";

  static {
    OIDCAttributeMapperHelper.addTokenClaimNameConfig(PROPERTIES);
    PROPERTIES.get(0).setDefaultValue(DEFAULT_CLAIM);
    PROPERTIES.addAll(ChatPermissionsMapperConfig.properties());
    OIDCAttributeMapperHelper.addIncludeInTokensConfig(PROPERTIES, ChatPermissionsMapper.class);
  }

  /** New realms (created or imported) get the {@code chat} client scopes. */
  @Override
  public void postInit(KeycloakSessionFactory factory) {
    factory.register(
        event -> {
          if (event instanceof RealmModel.RealmPostCreateEvent created) {
            ChatClientScopes.ensure(created.getCreatedRealm());
          }
        });
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Chat access: chat permissions";
  }

  @Override
  public String getDisplayCategory() {
    return TOKEN_MAPPER_CATEGORY;
  }

  @Override
  public String getHelpText() {
    return "Adds the user's effective chat permissions (licenses, departments, levels per inbox)"
        + " as one JSON claim for chat apps.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return PROPERTIES;
  }

  /**
   * Called by the admin API before a mapper is stored: every setting left out takes the default the
   * console would have filled in (claim name {@code chat}, included in every token, the limits), so
   * a mapper created with an empty configuration issues the same claim as one made in the console.
   */
  @Override
  public void validateConfig(
      KeycloakSession session,
      RealmModel realm,
      ProtocolMapperContainerModel client,
      ProtocolMapperModel mapperModel) {
    mapperModel.setConfig(withDefaults(mapperModel.getConfig()));
  }

  /**
   * A mapper stored without some settings (created inline with a client, or imported with a realm,
   * where Keycloak does not validate) is applied with the same defaults.
   */
  private static ProtocolMapperModel effective(ProtocolMapperModel model) {
    Map<String, String> config = withDefaults(model.getConfig());
    if (config.equals(model.getConfig())) {
      return model;
    }
    ProtocolMapperModel filled = new ProtocolMapperModel();
    filled.setId(model.getId());
    filled.setName(model.getName());
    filled.setProtocol(model.getProtocol());
    filled.setProtocolMapper(model.getProtocolMapper());
    filled.setConfig(config);
    return filled;
  }

  @Override
  public AccessToken transformAccessToken(
      AccessToken token,
      ProtocolMapperModel model,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext context) {
    return super.transformAccessToken(token, effective(model), session, userSession, context);
  }

  @Override
  public IDToken transformIDToken(
      IDToken token,
      ProtocolMapperModel model,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext context) {
    return super.transformIDToken(token, effective(model), session, userSession, context);
  }

  @Override
  public AccessToken transformUserInfoToken(
      AccessToken token,
      ProtocolMapperModel model,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext context) {
    return super.transformUserInfoToken(token, effective(model), session, userSession, context);
  }

  @Override
  public AccessToken transformIntrospectionToken(
      AccessToken token,
      ProtocolMapperModel model,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext context) {
    return super.transformIntrospectionToken(
        token, effective(model), session, userSession, context);
  }

  /** The configuration with every option left out or blank set to its default. */
  private static Map<String, String> withDefaults(Map<String, String> given) {
    Map<String, String> config = given == null ? new HashMap<>() : new HashMap<>(given);
    for (ProviderConfigProperty property : PROPERTIES) {
      Object defaultValue = property.getDefaultValue();
      String current = config.get(property.getName());
      if (defaultValue != null && (current == null || current.isBlank())) {
        config.put(property.getName(), defaultValue.toString());
      }
    }
    return config;
  }

  @Override
  protected void setClaim(
      IDToken token,
      ProtocolMapperModel mappingModel,
      UserSessionModel userSession,
      KeycloakSession session,
      ClientSessionContext clientSessionCtx) {
    ChatPermissionsMapperConfig config = ChatPermissionsMapperConfig.read(mappingModel.getConfig());
    MinimumRevision.await(session, userSession.getRealm());
    ChatAccessView view = ChatAccessView.of(session, userSession.getRealm(), userSession.getUser());
    ChatClaim claim =
        ENCODER.encode(
            view.policy().tree(),
            config.permissions().isEmpty()
                ? view.effective()
                : view.effective().onlyOf(config.permissions()),
            scope(
                view.policy(),
                config,
                NodeRequest.requestedNodeKeys(mappingModel, clientSessionCtx)),
            config.inboxLimit(),
            config.byteLimit(),
            view.policy().revision(),
            view.licenseKeys(),
            config.departments() ? view.departments() : null);
    OIDCAttributeMapperHelper.mapClaim(token, mappingModel, claim.toJson());
  }

  /**
   * The mapper's channel and node limits, narrowed further to the nodes a client asked for with the
   * parameterized scope {@code chat:<node-key>}. A request can only narrow: a requested node
   * outside the mapper's nodes, or unknown, leaves nothing.
   */
  private static ClaimScope scope(
      ChatPolicy policy, ChatPermissionsMapperConfig config, List<String> requestedKeys) {
    Set<String> configured = new HashSet<>();
    for (String key : config.nodeKeys()) {
      configured.add(policy.tree().findByKey(key).map(TreeNode::id).orElse(NOTHING));
    }
    if (requestedKeys.isEmpty()) {
      return new ClaimScope(config.channels(), configured);
    }
    Set<String> requested = new HashSet<>();
    for (String key : requestedKeys) {
      TreeNode node = policy.tree().findByKey(key).orElse(null);
      if (node != null && within(policy, node, config.nodeKeys())) {
        requested.add(node.id());
      }
    }
    return new ClaimScope(config.channels(), requested.isEmpty() ? Set.of(NOTHING) : requested);
  }

  private static boolean within(ChatPolicy policy, TreeNode node, List<String> configuredKeys) {
    if (configuredKeys.isEmpty()) {
      return true;
    }
    List<String> path = policy.tree().pathOf(node.id());
    return configuredKeys.stream().anyMatch(path::contains);
  }
}
