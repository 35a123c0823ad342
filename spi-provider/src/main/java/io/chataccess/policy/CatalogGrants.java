package io.chataccess.policy;

import java.util.Map;
import java.util.TreeMap;

/**
 * Fits grants to a permission catalog: permissions the catalog does not know are dropped, and a
 * level the permission's kind does not allow is raised to the lowest allowed level above it. For a
 * {@link PermissionKind#BOOLEAN} permission that means {@code own} or {@code department} count as
 * {@code all}: any level above {@code none} switches a boolean permission on.
 */
final class CatalogGrants {

  private CatalogGrants() {}

  /** The fitted grants; {@code grants} itself when it already fits (the common case). */
  static Grants fit(PermissionCatalog catalog, Grants grants) {
    if (fits(catalog, grants)) {
      return grants;
    }
    TreeMap<String, Level> fitted = new TreeMap<>();
    for (Map.Entry<String, Level> entry : grants.asMap().entrySet()) {
      catalog
          .find(entry.getKey())
          .ifPresent(p -> fitted.put(p.key(), allowedLevel(p.kind(), entry.getValue())));
    }
    return Grants.of(fitted);
  }

  /** The lowest level at or above {@code level} that {@code kind} allows. */
  static Level allowedLevel(PermissionKind kind, Level level) {
    Level[] levels = Level.values();
    for (int i = level.ordinal(); i < levels.length; i++) {
      if (kind.allows(levels[i])) {
        return levels[i];
      }
    }
    return Level.ALL;
  }

  private static boolean fits(PermissionCatalog catalog, Grants grants) {
    for (Map.Entry<String, Level> entry : grants.asMap().entrySet()) {
      Permission permission = catalog.find(entry.getKey()).orElse(null);
      if (permission == null || !permission.allows(entry.getValue())) {
        return false;
      }
    }
    return true;
  }
}
