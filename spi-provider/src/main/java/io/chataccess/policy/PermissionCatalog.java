package io.chataccess.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The permissions a realm knows: the built-in ones plus the custom ones it added. */
public final class PermissionCatalog {

  private static final List<Permission> BUILT_IN =
      List.of(
          scoped("chat.handle", "Take and answer conversations"),
          scoped("conversation.view", "See conversations"),
          scoped("conversation.edit", "Edit conversation records"),
          scoped("conversation.delete", "Delete conversations"),
          scoped("conversation.join", "Join a conversation another agent handles"),
          scoped("conversation.transfer", "Transfer conversations to other agents or inboxes"),
          scoped("conversation.rate", "Rate conversations", "transcript.view"),
          scoped("transcript.view", "Read conversation transcripts"),
          scoped("statistics.view", "See statistics and reports"),
          flag("channel.view", "See channel settings"),
          flag("channel.configure", "Change channel settings"),
          flag("channel.connect", "Connect new channels"),
          flag("canned.use", "Use canned responses"),
          flag("canned.manage", "Create and edit canned responses"),
          flag("presence.use", "Set one's own availability"),
          flag("bots.manage", "Configure chat bots"),
          flag("access.manage", "Administer chat access below the assignment's scope"),
          flag("settings.edit", "Change chat settings"));

  private static final PermissionCatalog BUILT_IN_ONLY = new PermissionCatalog(List.of());

  private final Map<String, Permission> byKey;
  private final Map<String, String> prerequisites;

  private PermissionCatalog(Collection<Permission> custom) {
    Map<String, Permission> map = new LinkedHashMap<>();
    BUILT_IN.forEach(p -> map.put(p.key(), p));
    for (Permission p : custom) {
      if (map.containsKey(p.key())) {
        throw new IllegalArgumentException("permission " + p.key() + " is defined twice");
      }
      map.put(p.key(), p.asCustom());
    }
    this.byKey = Collections.unmodifiableMap(map);
    Map<String, String> required = new LinkedHashMap<>();
    map.values().stream()
        .filter(p -> p.requires() != null && map.containsKey(p.requires()))
        .forEach(p -> required.put(p.key(), p.requires()));
    this.prerequisites = Collections.unmodifiableMap(required);
  }

  public static PermissionCatalog builtIn() {
    return BUILT_IN_ONLY;
  }

  /** The built-in permissions plus {@code custom}, whose keys must not clash with them. */
  public static PermissionCatalog withCustom(Collection<Permission> custom) {
    return custom.isEmpty() ? BUILT_IN_ONLY : new PermissionCatalog(custom);
  }

  public static boolean isBuiltIn(String key) {
    return BUILT_IN.stream().anyMatch(p -> p.key().equals(key));
  }

  public Optional<Permission> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public boolean contains(String key) {
    return byKey.containsKey(key);
  }

  /** The permission {@code key} requires, if any (see {@link Prerequisites}). */
  public Optional<String> prerequisiteOf(String key) {
    return Optional.ofNullable(prerequisites.get(key));
  }

  /** Permission key to the key of the permission it requires, for those that require one. */
  public Map<String, String> prerequisites() {
    return prerequisites;
  }

  /** Built-in permissions first, in catalog order, then custom ones in the order given. */
  public Collection<Permission> permissions() {
    return byKey.values();
  }

  private static Permission scoped(String key, String description) {
    return scoped(key, description, null);
  }

  private static Permission scoped(String key, String description, String requires) {
    return new Permission(key, PermissionKind.SCOPED, description, true, requires);
  }

  private static Permission flag(String key, String description) {
    return new Permission(key, PermissionKind.BOOLEAN, description, true);
  }
}
