package io.chataccess.token;

import io.chataccess.policy.Channel;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.Constants;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The options of the "Chat permissions" mapper, and a typed reader of one mapper's values. */
record ChatPermissionsMapperConfig(
    Set<Channel> channels,
    List<String> nodeKeys,
    Set<String> permissions,
    int inboxLimit,
    int byteLimit,
    boolean departments) {

  static final String CHANNELS = "chat.channels";
  static final String NODES = "chat.nodes";
  static final String PERMISSIONS = "chat.permissions";
  static final String INBOX_LIMIT = "chat.inbox.limit";
  static final String DEPARTMENTS = "chat.departments";
  static final int DEFAULT_INBOX_LIMIT = 200;
  static final int MAX_INBOX_LIMIT = 10_000;
  static final String BYTE_LIMIT = "chat.claim.max.bytes";

  /**
   * 4 KB of claim keep a whole access token (base64, with Keycloak's other claims) under the 8 KB
   * that common proxies allow for one request header.
   */
  static final int DEFAULT_BYTE_LIMIT = 4096;

  static final int MIN_BYTE_LIMIT = 256;
  static final int MAX_BYTE_LIMIT = 65_536;

  static List<ProviderConfigProperty> properties() {
    return ProviderConfigurationBuilder.create()
        .property()
        .name(CHANNELS)
        .label("Limit to channels")
        .helpText(
            "Only inboxes of these channels appear in the claim (web, in_app, whatsapp, sms, email,"
                + " messenger, apple, line, custom:<name>). Empty: every channel.")
        .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
        .add()
        .property()
        .name(NODES)
        .label("Limit to tree nodes")
        .helpText(
            "Keys of locations or inboxes: only inboxes at or below them appear in the claim."
                + " Empty: the whole tree.")
        .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
        .add()
        .property()
        .name(PERMISSIONS)
        .label("Limit to permissions")
        .helpText(
            "Keys of the permissions this client needs (e.g. chat.handle, canned.use): only those"
                + " appear in the claim, which keeps it small. Empty: every permission.")
        .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
        .add()
        .property()
        .name(INBOX_LIMIT)
        .label("Inbox limit")
        .helpText(
            "At most this many inboxes are listed; past it the claim says complete=false and the"
                + " app reads the whole document from /realms/{realm}/chat-access/me.")
        .type(ProviderConfigProperty.STRING_TYPE)
        .defaultValue(Integer.toString(DEFAULT_INBOX_LIMIT))
        .add()
        .property()
        .name(BYTE_LIMIT)
        .label("Claim size limit (bytes)")
        .helpText(
            "The claim's JSON stays within this many bytes (256 to 65536): inboxes are listed in"
                + " key order while they fit; past it the claim says complete=false. The default,"
                + " 4096, keeps a whole access token under the 8 KB many proxies allow for a"
                + " header.")
        .type(ProviderConfigProperty.STRING_TYPE)
        .defaultValue(Integer.toString(DEFAULT_BYTE_LIMIT))
        .add()
        .property()
        .name(DEPARTMENTS)
        .label("Include departments")
        .helpText("Add the user's departments (groups below the realm's department root).")
        .type(ProviderConfigProperty.BOOLEAN_TYPE)
        .defaultValue("true")
        .add()
        .build();
  }

  /** Reads a mapper's config; unparsable values fall back to the defaults. */
  static ChatPermissionsMapperConfig read(Map<String, String> config) {
    Set<Channel> channels = new LinkedHashSet<>();
    for (String value : split(config.get(CHANNELS))) {
      Channel.parse(value).ifPresent(channels::add);
    }
    return new ChatPermissionsMapperConfig(
        channels,
        split(config.get(NODES)),
        Set.copyOf(split(config.get(PERMISSIONS))),
        limit(config.get(INBOX_LIMIT)),
        byteLimit(config.get(BYTE_LIMIT)),
        !"false".equals(config.get(DEPARTMENTS)));
  }

  private static int limit(String value) {
    int parsed = parse(value, DEFAULT_INBOX_LIMIT);
    return parsed < 0 ? DEFAULT_INBOX_LIMIT : Math.min(parsed, MAX_INBOX_LIMIT);
  }

  private static int byteLimit(String value) {
    int parsed = parse(value, DEFAULT_BYTE_LIMIT);
    return Math.max(MIN_BYTE_LIMIT, Math.min(parsed, MAX_BYTE_LIMIT));
  }

  private static int parse(String value, int fallback) {
    try {
      return Integer.parseInt(value == null ? "" : value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(Constants.CFG_DELIMITER + "|,"))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .toList();
  }
}
