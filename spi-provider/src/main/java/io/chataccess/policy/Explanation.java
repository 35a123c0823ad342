package io.chataccess.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why a user has the level it has for one permission in one inbox.
 *
 * <p>{@code contributions} lists every assignment of the user whose scope includes the inbox and
 * that grants the permission above {@code none}, in the order the user's memberships reach them.
 * Contributions that were dropped say why ({@link DropReason}); the ones whose level is the result
 * are marked {@link Contribution#winning() winning}. For an inbox or permission the policy does not
 * know, the level is {@code none} and there are no contributions.
 *
 * @param permission the permission key asked about
 * @param inboxId the inbox id asked about
 * @param level the resulting level, the same as {@link EffectivePermissions#level(String, String)}
 * @param suspended whether the user is suspended (then the level is {@code none})
 * @param contributions the assignments that grant the permission in the inbox
 * @param cap the prerequisite that lowered the level, or null when none did
 */
public record Explanation(
    String permission,
    String inboxId,
    Level level,
    boolean suspended,
    List<Contribution> contributions,
    Cap cap) {

  public Explanation {
    Objects.requireNonNull(level, "level");
    contributions = List.copyOf(contributions);
  }

  /**
   * A prerequisite held the level down: the assignments grant {@code granted}, the permission
   * requires {@code prerequisite}, which the user has at {@code prerequisiteLevel} in the inbox.
   */
  public record Cap(String prerequisite, Level prerequisiteLevel, Level granted) {}

  /** The contributions that produced the resulting level. */
  public List<Contribution> winners() {
    return contributions.stream().filter(Contribution::winning).toList();
  }

  /** Why a contribution does not count. */
  public enum DropReason {
    /** The grant needs a license and none of the user's licenses covers the inbox's channel. */
    LICENSE,
    /** The user is suspended: every chat permission is removed. */
    SUSPENDED;

    /** The lower-case name used in JSON. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One assignment's part in an explanation.
   *
   * @param assignmentId the assignment
   * @param source where the assignment came from (e.g. {@code manual})
   * @param roleId the role, {@code null} for inline grants
   * @param roleKey the role's key, {@code null} for inline grants
   * @param roleName the role's name, {@code null} for inline grants
   * @param version the role version used, {@code null} for inline grants
   * @param pinned whether {@code version} is the assignment's pinned version (false when unpinned
   *     or when the pinned version no longer exists and the current one was used)
   * @param keptBack whether that pin is the user's own, from a "new only" save that kept the user
   *     on the version they had, rather than the assignment's
   * @param level the level this assignment grants for the permission
   * @param subject the subject the assignment is given to
   * @param via how the user counts as that subject, e.g. {@code member of /support/emea}
   * @param scope the assignment's scope as text: {@code all}, {@code node emea/berlin} or {@code
   *     inboxes web-main, wa-berlin}
   * @param dropped why this contribution does not count, {@code null} when it counts
   * @param winning whether it counts and its level is the resulting level
   */
  public record Contribution(
      String assignmentId,
      String source,
      String roleId,
      String roleKey,
      String roleName,
      Integer version,
      boolean pinned,
      boolean keptBack,
      Level level,
      Subject subject,
      String via,
      String scope,
      DropReason dropped,
      boolean winning) {

    public Contribution {
      Objects.requireNonNull(assignmentId, "assignmentId");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(subject, "subject");
    }

    /**
     * The contribution as the public API shows a winner ({@code /me?explain=true}, AuthZEN
     * reasons): assignment, role, version, level, how the user holds it, and where it applies.
     */
    public Map<String, Object> summary() {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("assignmentId", assignmentId);
      entry.put("role", roleKey);
      entry.put("version", version);
      entry.put("level", level.wireName());
      entry.put("via", via);
      entry.put("scope", scope);
      return entry;
    }

    /** Whether the grant was given inline (per-user extra grants) rather than by a role. */
    public boolean inline() {
      return roleId == null;
    }

    public boolean isDropped() {
      return dropped != null;
    }
  }
}
