package io.chataccess.authzen;

import io.chataccess.cache.ChatAccessView;
import io.chataccess.policy.AuthzenMapping;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.ConversationCheck;
import io.chataccess.policy.Explanation;
import io.chataccess.policy.Level;
import io.chataccess.policy.Resolver;
import io.chataccess.policy.TreeNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Decides AuthZEN questions with the evaluator of the claim, {@code /me} and {@code /check}: the
 * user's effective permissions from the cached policy ({@link ChatAccessView}), and the own /
 * department / all rule of {@link ConversationCheck}. One instance serves one request, resolving
 * each user once.
 */
final class Evaluator {

  private static final Resolver RESOLVER = new Resolver();

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AuthzenMapping mapping;
  private final UserLookup users;
  private final Targets targets;
  private final Map<String, ChatAccessView> views = new HashMap<>();
  private Entity lastResource;
  private ChatPolicy lastPolicy;
  private String lastRoot = "";
  private Target lastTarget;

  Evaluator(KeycloakSession session, RealmModel realm, AuthzenMapping mapping) {
    this.session = session;
    this.realm = realm;
    this.mapping = mapping;
    this.users = new UserLookup(session, realm, mapping);
    this.targets = new Targets(session, realm, mapping, users);
  }

  AuthzenMapping mapping() {
    return mapping;
  }

  UserLookup users() {
    return users;
  }

  ChatPolicy policy() {
    return ChatAccessView.policyOf(session, realm);
  }

  Verdict decide(Question question) {
    UserModel user = users.subject(question.subject());
    if (user == null) {
      return denied(question, "unknown subject");
    }
    return decide(
        user, mapping.permission(question.action()), question.resource(), question.wantsReasons());
  }

  /** The decision for a permission key (an action name already mapped). */
  Verdict decide(UserModel user, String permission, Entity resource, boolean wantsReasons) {
    return decide(view(user), permission, resource, wantsReasons);
  }

  /** The decision for the user whose view is given, for a permission key. */
  Verdict decide(ChatAccessView view, String permission, Entity resource, boolean wantsReasons) {
    if (!view.policy().catalog().contains(permission)) {
      return denied(wantsReasons, "unknown action", view);
    }
    Target target = target(view, resource);
    if (target == null) {
      return denied(wantsReasons, "unknown resource", view);
    }
    String userId = view.user().userId();
    Level level = target.level(view.effective(), permission);
    ConversationCheck.Decision decision =
        target.owner() == null
            ? ConversationCheck.decide(level, userId, view.departments(), null, null)
            : ConversationCheck.decide(
                level,
                userId,
                view.departments(),
                target.owner().userId(),
                target.owner().departments());
    if (!wantsReasons) {
      return Verdict.of(decision.allowed());
    }
    Map<String, Object> reasons = reasons(view, decision.reason());
    reasons.put("level", level.wireName());
    reasons.put("permission", permission);
    TreeNode inbox = target.singleInbox();
    if (inbox != null && level != Level.NONE) {
      reasons.put("assignments", winners(view, permission, inbox));
    }
    return new Verdict(decision.allowed(), reasons);
  }

  /** The target of a resource for finding candidates (no owner needed), or null if unknown. */
  Target target(Entity resource) {
    return targets.of(policy(), resource, null);
  }

  /**
   * The resource's target under the view's policy, found once per resource and policy: a search
   * decides the same resource for every candidate, and an owner is looked up once, not per
   * candidate.
   */
  private Target target(ChatAccessView view, Entity resource) {
    if (lastResource != resource || lastPolicy != view.policy() || !lastRoot.equals(root(view))) {
      lastTarget = targets.of(view.policy(), resource, view.departmentRootId());
      lastResource = resource;
      lastPolicy = view.policy();
      lastRoot = root(view);
    }
    return lastTarget;
  }

  private static String root(ChatAccessView view) {
    return view.departmentRootId() == null ? "" : view.departmentRootId();
  }

  ChatAccessView view(UserModel user) {
    return views.computeIfAbsent(user.getId(), id -> ChatAccessView.of(session, realm, user));
  }

  private Verdict denied(Question question, String reason) {
    if (!question.wantsReasons()) {
      return Verdict.of(false);
    }
    Map<String, Object> reasons = new LinkedHashMap<>();
    reasons.put("reason", reason);
    reasons.put("revision", policy().revision());
    return new Verdict(false, reasons);
  }

  private static Verdict denied(boolean wantsReasons, String reason, ChatAccessView view) {
    return wantsReasons ? new Verdict(false, reasons(view, reason)) : Verdict.of(false);
  }

  private static Map<String, Object> reasons(ChatAccessView view, String reason) {
    Map<String, Object> reasons = new LinkedHashMap<>();
    reasons.put("reason", reason);
    reasons.put("revision", view.policy().revision());
    return reasons;
  }

  private static List<Map<String, Object>> winners(
      ChatAccessView view, String permission, TreeNode inbox) {
    return RESOLVER.explain(view.policy(), view.user(), permission, inbox.id()).winners().stream()
        .map(Explanation.Contribution::summary)
        .toList();
  }
}
