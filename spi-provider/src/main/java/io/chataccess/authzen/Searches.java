package io.chataccess.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.chataccess.policy.AuthzenMapping;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.Permission;
import io.chataccess.policy.TreeNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The three search APIs (docs/authzen.md, "Search"). Each answers exactly the entities for which an
 * evaluation with the same members says {@code true}: candidates come from the policy's reverse
 * index (subjects) or the tree and catalog (resources, actions), and every candidate is decided by
 * the {@link Evaluator}. An unknown subject, resource or type gives an empty result, not an error.
 */
final class Searches {

  private final RealmModel realm;
  private final Evaluator evaluator;
  private final SubjectCandidates candidates;

  Searches(KeycloakSession session, RealmModel realm, Evaluator evaluator) {
    this.realm = realm;
    this.evaluator = evaluator;
    this.candidates = new SubjectCandidates(session, realm);
  }

  /** Users (or service accounts, type {@code client}) who may do the action on the resource. */
  Map<String, Object> subjects(JsonNode request) {
    Entity wanted = RequestReader.entity(request, "subject", false);
    String permission = evaluator.mapping().permission(RequestReader.action(request));
    Entity resource = RequestReader.entity(request, "resource", true);
    RequestReader.context(request);
    Pages pages = Pages.of(request);
    List<Map<String, Object>> results = new ArrayList<>();
    Target target = evaluator.target(resource);
    boolean clients = wanted.type().equals("client");
    if (target != null && (clients || wanted.type().equals("user"))) {
      ChatPolicy policy = evaluator.policy();
      List<TreeNode> inboxes = target.inboxes();
      for (SubjectCandidates.Candidate candidate :
          candidates.of(policy.subjectIndex().reaching(inboxes))) {
        String clientLink = candidate.serviceAccountClientLink();
        if ((clientLink != null) == clients
            && evaluator.decide(candidate.view(), permission, resource, false).decision()) {
          Map<String, Object> found = clients ? clientEntity(clientLink) : user(candidate);
          if (found != null) {
            results.add(found);
          }
        }
      }
      if (clients) {
        results.sort(Comparator.comparing(e -> (String) e.get("id")));
      }
    }
    return pages.answer(results);
  }

  /** Inboxes, locations or nodes of a mapped type where the subject may do the action. */
  Map<String, Object> resources(JsonNode request) {
    Entity subject = RequestReader.entity(request, "subject", true);
    String permission = evaluator.mapping().permission(RequestReader.action(request));
    Entity wanted = RequestReader.entity(request, "resource", false);
    RequestReader.context(request);
    Pages pages = Pages.of(request);
    List<Map<String, Object>> results = new ArrayList<>();
    UserModel user = evaluator.users().subject(subject);
    if (user != null) {
      for (TreeNode node : candidates(wanted.type())) {
        Entity resource = new Entity(wanted.type(), node.key(), wanted.properties());
        if (evaluator.decide(user, permission, resource, false).decision()) {
          results.add(entity(wanted.type(), node.key()));
        }
      }
    }
    return pages.answer(results);
  }

  /** Every action the subject may do on the resource, by its AuthZEN name. */
  Map<String, Object> actions(JsonNode request) {
    Entity subject = RequestReader.entity(request, "subject", true);
    Entity resource = RequestReader.entity(request, "resource", true);
    RequestReader.context(request);
    Pages pages = Pages.of(request);
    List<Map<String, Object>> results = new ArrayList<>();
    UserModel user = evaluator.users().subject(subject);
    if (user != null) {
      List<String> names = new ArrayList<>();
      for (Permission permission : evaluator.policy().catalog().permissions()) {
        if (evaluator.decide(user, permission.key(), resource, false).decision()) {
          names.addAll(evaluator.mapping().actionNames(permission.key()));
        }
      }
      names.stream().sorted().distinct().forEach(name -> results.add(Map.of("name", name)));
    }
    return pages.answer(results);
  }

  /**
   * The nodes a resource type can name by id, in key order: inboxes, locations, or for a mapped
   * type whose id names its inbox, every inbox. A type with a fixed node has ids the realm does not
   * know (another app's objects), and cannot be listed.
   */
  private List<TreeNode> candidates(String type) {
    List<TreeNode> nodes = new ArrayList<>(evaluator.policy().tree().nodes());
    switch (type) {
      case "inbox" -> nodes.removeIf(n -> !n.isInbox());
      case "location" -> nodes.removeIf(TreeNode::isInbox);
      default -> {
        AuthzenMapping.ResourceType mapped = evaluator.mapping().resourceTypes().get(type);
        if (mapped == null || mapped.node() != null) {
          return List.of();
        }
        nodes.removeIf(n -> !n.isInbox());
      }
    }
    nodes.sort(Comparator.comparing(TreeNode::key));
    return nodes;
  }

  private static Map<String, Object> entity(String type, String id) {
    Map<String, Object> entity = new LinkedHashMap<>();
    entity.put("type", type);
    entity.put("id", id);
    return entity;
  }

  private static Map<String, Object> user(SubjectCandidates.Candidate candidate) {
    return entity("user", candidate.userId());
  }

  /** A service account as the client subject evaluation takes; null when its client is gone. */
  private Map<String, Object> clientEntity(String clientLink) {
    ClientModel client = realm.getClientById(clientLink);
    return client == null || !client.isServiceAccountsEnabled()
        ? null
        : entity("client", client.getClientId());
  }
}
