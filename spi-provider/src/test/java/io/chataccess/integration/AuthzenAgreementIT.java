package io.chataccess.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chataccess.testing.JsonResponse;
import io.chataccess.testing.KeycloakHttp;
import io.chataccess.testing.KeycloakServerExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AuthZEN against the rest of the product on generated realms: for every user, permission and
 * inbox, the evaluation equals {@code /check} and the claim rule over {@code /me}; every subject
 * and resource search answers exactly the entities whose evaluation is {@code true}, paginated or
 * not. The realm (tree, roles, memberships, assignments, licenses, a suspension) comes from a seed,
 * printed with every run; {@code -Dauthzen.seed=<n>} replays one.
 */
@ExtendWith(KeycloakServerExtension.class)
@DisplayName("AuthZEN agrees with /check, the claim, and its own searches on generated realms")
class AuthzenAgreementIT {

  private static final List<String> PERMISSIONS =
      List.of("chat.handle", "transcript.view", "conversation.view");
  private static final List<String> LEVELS = List.of("none", "own", "department", "all");
  private static final List<String> GROUPS = List.of("/support", "/support/emea", "/sales");

  private final KeycloakHttp http;

  AuthzenAgreementIT(KeycloakHttp http) {
    this.http = http;
  }

  @Test
  void evaluations_checks_claims_and_searches_agree() {
    long first = Long.getLong("authzen.seed", new Random().nextLong());
    int realms = Long.getLong("authzen.seed") != null ? 1 : 2;
    for (int i = 0; i < realms; i++) {
      long seed = first + i;
      System.out.println("AuthzenAgreementIT seed " + seed);
      try (TestRealm realm = TestRealm.create(http, "authzen-gen")) {
        new Generated(realm, new Random(seed)).checkAgreement(seed);
      }
    }
  }

  /** One generated realm and the checks on it. */
  private final class Generated {

    private final TestRealm realm;
    private final Random random;
    private final List<String> inboxKeys = new ArrayList<>();
    private final List<String> inboxIds = new ArrayList<>();
    private final Map<String, String> userIds = new HashMap<>();
    private final String pep;

    Generated(TestRealm realm, Random random) {
      this.realm = realm;
      this.random = random;
      build();
      this.pep = realm.serviceAccountToken("router", true);
    }

    private void build() {
      List<String> nodes = new ArrayList<>();
      for (int l = 0; l < 2; l++) {
        String location = realm.location("loc-" + l);
        nodes.add(location);
        String sub = realm.location("loc-" + l + "-sub", location);
        nodes.add(sub);
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
          String key = "inbox-" + l + "-" + i;
          String parent = i % 2 == 0 ? location : sub;
          String id = realm.inbox(key, i % 2 == 0 ? "web" : "whatsapp", parent);
          nodes.add(id);
          inboxIds.add(id);
          inboxKeys.add(key);
        }
      }
      String license = realm.license("seat", 10, List.of("web", "whatsapp"));
      for (String person : TestRealm.PEOPLE) {
        userIds.put(person, realm.userId(person));
        if (random.nextInt(3) > 0) {
          realm.hold(license, person);
        }
        if (random.nextInt(3) == 0) {
          realm.joinGroup(person, GROUPS.get(random.nextInt(GROUPS.size())));
        }
        if (random.nextInt(4) == 0) {
          realm.grantRealmRole(person, random.nextBoolean() ? "agent-role" : "senior");
        }
      }
      giveRolesThroughGroupsAndClients();
      List<String> roles = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        Map<String, String> grants = new HashMap<>();
        for (String permission : PERMISSIONS) {
          String level = LEVELS.get(random.nextInt(LEVELS.size()));
          if (!level.equals("none")) {
            grants.put(permission, level);
          }
        }
        grants.putIfAbsent("chat.handle", "all");
        roles.add(realm.role("role-" + r, grants, random.nextBoolean()));
      }
      for (int a = 0; a < 8; a++) {
        realm.assign(subjectType(a), subjectId(a), roles.get(random.nextInt(3)), scope(nodes));
      }
      if (random.nextBoolean()) {
        realm.put(
            "/users/" + userIds.get("carol") + "/suspension",
            Map.of("suspended", true, "reason", "generated"));
      }
    }

    /** Role holders other than direct realm roles: a group's roles, a client role of a user. */
    private void giveRolesThroughGroupsAndClients() {
      var crm = realm.admin().clients().findByClientId("crm").get(0);
      var crmUser = realm.admin().clients().get(crm.getId()).roles().get("crm-user");
      String group = realm.groupId(GROUPS.get(random.nextInt(GROUPS.size())));
      if (random.nextBoolean()) {
        realm
            .admin()
            .groups()
            .group(group)
            .roles()
            .clientLevel(crm.getId())
            .add(List.of(crmUser.toRepresentation()));
      } else {
        realm
            .admin()
            .groups()
            .group(group)
            .roles()
            .realmLevel()
            .add(List.of(realm.admin().roles().get("senior").toRepresentation()));
      }
      String person = TestRealm.PEOPLE.get(random.nextInt(TestRealm.PEOPLE.size()));
      realm
          .admin()
          .users()
          .get(userIds.get(person))
          .roles()
          .clientLevel(crm.getId())
          .add(List.of(crmUser.toRepresentation()));
    }

    private String subjectType(int a) {
      return List.of("user", "group", "realm-role", "client-role").get(a % 4);
    }

    private String subjectId(int a) {
      return switch (a % 4) {
        case 0 -> userIds.get(TestRealm.PEOPLE.get(random.nextInt(TestRealm.PEOPLE.size())));
        case 1 -> realm.groupId(GROUPS.get(random.nextInt(GROUPS.size())));
        case 2 -> realm.realmRoleId(random.nextBoolean() ? "agent-role" : "senior");
        default -> realm.clientRoleId("crm", "crm-user");
      };
    }

    private Map<String, Object> scope(List<String> nodes) {
      return switch (random.nextInt(3)) {
        case 0 -> TestRealm.scopeAll();
        case 1 -> TestRealm.scopeNode(nodes.get(random.nextInt(nodes.size())));
        default ->
            TestRealm.scopeInboxes(
                new TreeSet<>(
                        List.of(
                            inboxIds.get(random.nextInt(inboxIds.size())),
                            inboxIds.get(random.nextInt(inboxIds.size()))))
                    .toArray(String[]::new));
      };
    }

    void checkAgreement(long seed) {
      Map<String, Set<String>> allowed = new HashMap<>();
      for (String person : TestRealm.PEOPLE) {
        JsonNode me =
            http.get("/realms/" + realm.name() + "/chat-access/me", realm.token(person)).json();
        List<JsonNode> checks = new ArrayList<>();
        List<JsonNode> questions = new ArrayList<>();
        List<String> claimed = new ArrayList<>();
        for (String permission : PERMISSIONS) {
          for (String inbox : inboxKeys) {
            checks.add(
                JsonNodeFactory.instance
                    .objectNode()
                    .put("username", person)
                    .put("permission", permission)
                    .put("inbox", inbox));
            questions.add(question(person, permission, inbox));
            claimed.add(ChatTokens.level(me, permission, inbox).equals("none") ? "false" : "true");
          }
        }
        List<String> checked = new ArrayList<>();
        check(checks).forEach(r -> checked.add(r.get("allowed").asText()));
        List<String> decided = new ArrayList<>();
        evaluate(questions).forEach(r -> decided.add(r.get("decision").asText()));
        assertThat(decided)
            .as("seed %d, %s: AuthZEN against /check", seed, person)
            .isEqualTo(checked);
        assertThat(decided)
            .as("seed %d, %s: AuthZEN against the claim", seed, person)
            .isEqualTo(claimed);
        int i = 0;
        for (String permission : PERMISSIONS) {
          for (String inbox : inboxKeys) {
            if (decided.get(i++).equals("true")) {
              allowed.computeIfAbsent(permission + " " + inbox, k -> new TreeSet<>()).add(person);
            }
          }
        }
      }
      int permits = allowed.values().stream().mapToInt(Set::size).sum();
      int questions = TestRealm.PEOPLE.size() * PERMISSIONS.size() * inboxKeys.size();
      System.out.printf("seed %d: %d of %d questions permitted%n", seed, permits, questions);
      assertThat(permits).as("seed %d: a realm where someone may do something", seed).isPositive();
      assertThat(permits).as("seed %d: and not everyone everything", seed).isLessThan(questions);
      for (String permission : PERMISSIONS) {
        for (String inbox : inboxKeys) {
          Set<String> expected = allowed.getOrDefault(permission + " " + inbox, Set.of());
          assertThat(subjectSearch(permission, inbox, 1000))
              .as("seed %d: who may %s in %s", seed, permission, inbox)
              .isEqualTo(expected);
          assertThat(subjectSearch(permission, inbox, 2))
              .as("seed %d: who may %s in %s, two a page", seed, permission, inbox)
              .isEqualTo(expected);
        }
        for (String person : TestRealm.PEOPLE) {
          Set<String> expected = new TreeSet<>();
          for (String inbox : inboxKeys) {
            if (allowed.getOrDefault(permission + " " + inbox, Set.of()).contains(person)) {
              expected.add(inbox);
            }
          }
          assertThat(resourceSearch(person, permission))
              .as("seed %d: where %s may %s", seed, person, permission)
              .isEqualTo(expected);
        }
      }
    }

    private ObjectNode question(String person, String permission, String inbox) {
      ObjectNode question = JsonNodeFactory.instance.objectNode();
      question.putObject("subject").put("type", "user").put("id", person);
      question.putObject("action").put("name", permission);
      question.putObject("resource").put("type", "inbox").put("id", inbox);
      return question;
    }

    private JsonNode check(List<JsonNode> checks) {
      ObjectNode batch = JsonNodeFactory.instance.objectNode();
      batch.putArray("checks").addAll(checks);
      JsonResponse answer =
          http.call("POST", "/realms/" + realm.name() + "/chat-access/check/batch")
              .bearer(pep)
              .json(batch)
              .send();
      assertThat(answer.status()).as("%s", answer).isEqualTo(200);
      return answer.json().get("results");
    }

    private JsonNode evaluate(List<JsonNode> questions) {
      ObjectNode batch = JsonNodeFactory.instance.objectNode();
      batch.putArray("evaluations").addAll(questions);
      JsonResponse answer = authzen("evaluations", batch);
      return answer.json().get("evaluations");
    }

    private Set<String> subjectSearch(String permission, String inbox, int limit) {
      ObjectNode search = JsonNodeFactory.instance.objectNode();
      search.putObject("subject").put("type", "user");
      search.putObject("action").put("name", permission);
      search.putObject("resource").put("type", "inbox").put("id", inbox);
      Set<String> usernames = new TreeSet<>();
      for (JsonNode result : allPages("search/subject", search, limit)) {
        String id = result.get("id").asText();
        userIds.forEach(
            (name, userId) -> {
              if (userId.equals(id)) {
                usernames.add(name);
              }
            });
        assertThat(userIds.containsValue(id)).as("result %s is a generated user", id).isTrue();
      }
      return usernames;
    }

    private Set<String> resourceSearch(String person, String permission) {
      ObjectNode search = JsonNodeFactory.instance.objectNode();
      search.putObject("subject").put("type", "user").put("id", person);
      search.putObject("action").put("name", permission);
      search.putObject("resource").put("type", "inbox");
      Set<String> keys = new TreeSet<>();
      allPages("search/resource", search, 3).forEach(r -> keys.add(r.get("id").asText()));
      return keys;
    }

    private List<JsonNode> allPages(String endpoint, ObjectNode search, int limit) {
      List<JsonNode> results = new ArrayList<>();
      ObjectNode page = search.putObject("page").put("limit", limit);
      for (int pages = 0; pages < 100; pages++) {
        JsonNode answer = authzen(endpoint, search).json();
        answer.get("results").forEach(results::add);
        String next = answer.get("page").get("next_token").asText();
        if (next.isEmpty()) {
          return results;
        }
        page.put("token", next);
      }
      throw new AssertionError("more than 100 pages");
    }

    private JsonResponse authzen(String endpoint, JsonNode request) {
      JsonResponse answer =
          http.call(
                  "POST", "/realms/" + realm.name() + "/chat-access/authzen/access/v1/" + endpoint)
              .bearer(pep)
              .json(request)
              .send();
      assertThat(answer.status()).as("%s", answer).isEqualTo(200);
      return answer;
    }
  }
}
