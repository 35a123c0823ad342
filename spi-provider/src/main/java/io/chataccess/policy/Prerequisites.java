package io.chataccess.policy;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Permission prerequisites: a permission that requires another has, on each inbox, at most the
 * prerequisite's effective level there (built-in: {@code conversation.rate} requires {@code
 * transcript.view}). Without any grant of the prerequisite the permission is {@code none}; a yes/no
 * permission keeps its {@code all} while its prerequisite is granted at any level. Chains apply in
 * order (a prerequisite's own cap first); the catalog's writers refuse cycles, and a cycle that
 * reached this class anyway caps to {@code none}.
 */
final class Prerequisites {

  private final PermissionCatalog catalog;
  private final Map<String, String> required;

  private Prerequisites(PermissionCatalog catalog) {
    this.catalog = catalog;
    this.required = catalog.prerequisites();
  }

  static Prerequisites of(PermissionCatalog catalog) {
    return new Prerequisites(catalog);
  }

  /** The effective permissions with every prerequisite applied; the same object if none bites. */
  EffectivePermissions apply(EffectivePermissions effective) {
    if (required.isEmpty() || !mentionsCapped(effective)) {
      return effective;
    }
    Grants everywhere = cap(effective.everywhere());
    Map<Grants, Grants> cappedByInput = new IdentityHashMap<>();
    Map<String, Grants> perInbox = new LinkedHashMap<>();
    Grants uncappedEverywhere = effective.everywhere();
    effective
        .perInbox()
        .forEach(
            (inboxId, extra) -> {
              Grants capped =
                  cappedByInput.computeIfAbsent(
                      extra, e -> cap(uncappedEverywhere.union(e)).exceeding(everywhere));
              if (!capped.isEmpty()) {
                perInbox.put(inboxId, capped);
              }
            });
    return EffectivePermissions.create(everywhere, perInbox);
  }

  /** One inbox's full grants with the prerequisites applied. */
  Grants cap(Grants full) {
    Map<String, Level> levels = new HashMap<>(full.asMap());
    boolean changed = false;
    for (String permission : full.asMap().keySet()) {
      Level capped = cappedLevel(full, permission, 0);
      if (capped != full.level(permission)) {
        levels.put(permission, capped);
        changed = true;
      }
    }
    return changed ? Grants.of(levels) : full;
  }

  /** The level of {@code permission} after its prerequisite chain, given one inbox's grants. */
  Level cappedLevel(Grants full, String permission, int depth) {
    Level level = full.level(permission);
    String prerequisite = required.get(permission);
    if (prerequisite == null || level == Level.NONE) {
      return level;
    }
    if (depth > required.size()) {
      return Level.NONE;
    }
    return capBy(permission, level, cappedLevel(full, prerequisite, depth + 1));
  }

  /** {@code level} of {@code permission} capped by its prerequisite's level. */
  Level capBy(String permission, Level level, Level prerequisiteLevel) {
    if (prerequisiteLevel == Level.NONE) {
      return Level.NONE;
    }
    boolean yesNo =
        catalog.find(permission).map(p -> p.kind() == PermissionKind.BOOLEAN).orElse(false);
    return yesNo || level.compareTo(prerequisiteLevel) <= 0 ? level : prerequisiteLevel;
  }

  private boolean mentionsCapped(EffectivePermissions effective) {
    if (mentionsCapped(effective.everywhere())) {
      return true;
    }
    Map<Grants, Boolean> seen = new IdentityHashMap<>();
    for (Grants grants : effective.perInbox().values()) {
      if (seen.put(grants, Boolean.TRUE) == null && mentionsCapped(grants)) {
        return true;
      }
    }
    return false;
  }

  private boolean mentionsCapped(Grants grants) {
    for (String permission : required.keySet()) {
      if (grants.level(permission) != Level.NONE) {
        return true;
      }
    }
    return false;
  }
}
