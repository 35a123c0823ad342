package io.chataccess.rules;

import io.chataccess.policy.Grants;
import io.chataccess.policy.Level;
import io.chataccess.policy.Permission;
import io.chataccess.policy.PermissionCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Validates {@code permission -> level} maps against the realm's catalog. */
public final class GrantRules {

  private GrantRules() {}

  public static Grants validate(
      Map<String, String> grants, PermissionCatalog catalog, String field, FieldErrors errors) {
    if (grants == null) {
      errors.add(field, "required");
      return Grants.empty();
    }
    if (!errors.check(
        grants.size() <= Limits.GRANTS, field, "at most " + Limits.GRANTS + " entries")) {
      return Grants.empty();
    }
    Map<String, Level> levels = new LinkedHashMap<>();
    grants.forEach(
        (key, value) -> {
          String at = field + "." + FieldErrors.inPath(key);
          Permission permission = catalog.find(key).orElse(null);
          if (!errors.check(permission != null, at, "unknown permission")) {
            return;
          }
          Level level = Level.fromWireName(value).orElse(null);
          if (!errors.check(level != null, at, "level must be none, own, department or all")) {
            return;
          }
          if (errors.check(
              permission.allows(level), at, "a yes/no permission takes none or all only")) {
            levels.put(key, level);
          }
        });
    return Grants.of(levels);
  }

  /**
   * An assignment's extra grants: like a role's, and they must grant something above {@code none}
   * (a {@code none} entry is not stored, so grants of only {@code none} would be stored as none at
   * all, which the document then refuses).
   */
  public static Grants validateExtra(
      Map<String, String> grants, PermissionCatalog catalog, String field, FieldErrors errors) {
    int faultsBefore = errors.list().size();
    Grants valid = validate(grants, catalog, field, errors);
    boolean entriesValid = errors.list().size() == faultsBefore;
    errors.check(
        grants == null || !entriesValid || !valid.isEmpty(),
        field,
        "must grant something above none");
    return valid;
  }

  public static Map<String, String> toMap(Grants grants) {
    Map<String, String> map = new TreeMap<>();
    grants.asMap().forEach((permission, level) -> map.put(permission, level.wireName()));
    return map;
  }
}
