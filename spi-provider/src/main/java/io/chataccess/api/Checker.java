package io.chataccess.api;

import io.chataccess.cache.ChatAccessView;
import io.chataccess.cache.Departments;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.ConversationCheck;
import io.chataccess.policy.Keys;
import io.chataccess.policy.TreeNode;
import io.chataccess.rest.ProblemException;
import io.chataccess.rest.UserReferences;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.Limits;
import io.chataccess.rules.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Answers checks for one request, resolving each user once. All requests are validated before any
 * is answered, so one bad entry of a batch fails the batch with the entry's path.
 */
final class Checker {

  private final KeycloakSession session;
  private final RealmModel realm;
  private final Map<String, ChatAccessView> views = new HashMap<>();

  Checker(KeycloakSession session, RealmModel realm) {
    this.session = session;
    this.realm = realm;
  }

  List<CheckResult> answer(List<CheckRequest> requests, String pathPrefix) {
    FieldErrors errors = new FieldErrors();
    if (requests.size() > Limits.CHECK_BATCH) {
      throw ProblemException.invalid(
          "checks", "at most " + Limits.CHECK_BATCH + " checks per request");
    }
    ChatPolicy policy = null;
    UserModel[] users = new UserModel[requests.size()];
    TreeNode[] inboxes = new TreeNode[requests.size()];
    for (int i = 0; i < requests.size(); i++) {
      CheckRequest request = requests.get(i);
      String at = pathPrefix.isEmpty() ? "" : pathPrefix + "[" + i + "].";
      if (request == null) {
        errors.add(pathPrefix + "[" + i + "]", "must be an object");
        continue;
      }
      users[i] = user(request, at, errors);
      if (policy == null) {
        policy = ChatAccessView.policyOf(session, realm);
      }
      errors.check(
          request.permission() != null && policy.catalog().contains(request.permission()),
          at + "permission",
          "a permission of the catalog is required");
      inboxes[i] = inbox(policy, request.inbox());
      errors.check(inboxes[i] != null, at + "inbox", "the key or id of an inbox of this realm");
      ownerDepartments(request.ownerDepartments(), at + "ownerDepartments", errors);
    }
    ProblemException.throwIfAny(errors);
    return java.util.stream.IntStream.range(0, requests.size())
        .mapToObj(i -> decide(requests.get(i), users[i], inboxes[i]))
        .toList();
  }

  private CheckResult decide(CheckRequest request, UserModel user, TreeNode inbox) {
    ChatAccessView view =
        views.computeIfAbsent(user.getId(), id -> ChatAccessView.of(session, realm, user));
    ConversationCheck.Decision decision =
        ConversationCheck.decide(
            view.effective().level(request.permission(), inbox.id()),
            user.getId(),
            view.departments(),
            request.conversationOwner(),
            ownerDepartments(view, request.ownerDepartments()));
    return new CheckResult(decision.allowed(), decision.level().wireName(), decision.reason());
  }

  /** The owner's departments as department paths, group ids turned into their paths. */
  private List<String> ownerDepartments(ChatAccessView view, List<String> given) {
    if (given == null) {
      return null;
    }
    return given.stream()
        .map(d -> Departments.identify(session, realm, view.departmentRootId(), d))
        .toList();
  }

  /** The departments of a conversation's owner: department paths or group ids, none null. */
  private static void ownerDepartments(List<String> departments, String at, FieldErrors errors) {
    if (departments == null) {
      return;
    }
    if (!errors.check(
        departments.size() <= Limits.OWNER_DEPARTMENTS,
        at,
        "at most " + Limits.OWNER_DEPARTMENTS + " departments")) {
      return;
    }
    for (int i = 0; i < departments.size(); i++) {
      String department = departments.get(i);
      errors.check(
          Texts.isReference(department),
          at + "[" + i + "]",
          "a department path below the department root, such as emea/service, or a group id");
    }
  }

  private UserModel user(CheckRequest request, String at, FieldErrors errors) {
    if ((request.userId() == null) == (request.username() == null)) {
      errors.add(at + "userId", "give either userId or username");
      return null;
    }
    UserModel user =
        UserReferences.byIdOrUsername(session, realm, request.userId(), request.username());
    errors.check(
        user != null,
        at + (request.userId() != null ? "userId" : "username"),
        "no such user in this realm");
    return user;
  }

  private static TreeNode inbox(ChatPolicy policy, String keyOrId) {
    if (keyOrId == null || keyOrId.length() > 64 && !Keys.isValidKey(keyOrId)) {
      return null;
    }
    return policy
        .tree()
        .node(keyOrId)
        .or(() -> policy.tree().findByKey(keyOrId))
        .filter(TreeNode::isInbox)
        .orElse(null);
  }
}
