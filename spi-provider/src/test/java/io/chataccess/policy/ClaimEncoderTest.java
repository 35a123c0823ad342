package io.chataccess.policy;

import static io.chataccess.policy.Fixtures.grants;
import static io.chataccess.policy.Fixtures.inbox;
import static io.chataccess.policy.Fixtures.location;
import static io.chataccess.policy.Fixtures.nodeId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClaimEncoderTest {

  private static final InboxTree TREE =
      new InboxTree(
          List.of(
              location("berlin", null),
              inbox("web-berlin", "berlin", "web"),
              inbox("wa-berlin", "berlin", "whatsapp"),
              location("paris", null),
              inbox("web-paris", "paris", "web"),
              inbox("wa-paris", "paris", "whatsapp")));

  private final ClaimEncoder encoder = new ClaimEncoder();

  private static EffectivePermissions effective(Grants everywhere, Map<String, Grants> byKey) {
    Map<String, Grants> perInbox = new LinkedHashMap<>();
    byKey.forEach((key, grants) -> perInbox.put(nodeId(key), grants));
    return EffectivePermissions.of(everywhere, perInbox);
  }

  private ChatClaim encode(EffectivePermissions effective, ClaimScope scope, int limit) {
    return encoder.encode(TREE, effective, scope, limit, 17, List.of("seat"), null);
  }

  /** What a chat app computes from the claim: max(all[p], sets[inboxes[inbox]][p]). */
  private static Level appLevel(ChatClaim claim, String permission, String inboxKey) {
    Level level = Level.fromWireName(claim.all().getOrDefault(permission, "none")).orElseThrow();
    Integer set = claim.inboxes().get(inboxKey);
    if (set != null) {
      level =
          level.max(
              Level.fromWireName(claim.sets().get(set).getOrDefault(permission, "none"))
                  .orElseThrow());
    }
    return level;
  }

  @Test
  @DisplayName("identical per-inbox grants share one set")
  void identicalSetsAreSharedOnce() {
    Grants join = grants("conversation.join", "all");
    ChatClaim claim =
        encode(
            effective(grants("chat.handle", "own"), Map.of("web-berlin", join, "wa-paris", join)),
            ClaimScope.everything(),
            200);

    assertThat(claim.sets()).hasSize(1);
    assertThat(claim.inboxes()).containsOnlyKeys("web-berlin", "wa-paris");
    assertThat(claim.inboxes().values()).containsOnly(0);
    assertThat(claim.all()).containsEntry("chat.handle", "own");
    assertThat(claim.complete()).isTrue();
  }

  @Test
  @DisplayName(
      "an app evaluating the claim gets the resolver's level for every inbox and permission")
  void appEvaluationAgreesWithTheResolver() {
    EffectivePermissions effective =
        effective(
            grants("transcript.view", "own"),
            Map.of(
                "web-berlin", grants("transcript.view", "all", "chat.handle", "department"),
                "wa-paris", grants("chat.handle", "own")));
    ChatClaim claim = encode(effective, ClaimScope.everything(), 200);

    for (TreeNode inbox : TREE.inboxes()) {
      for (String permission : List.of("transcript.view", "chat.handle", "conversation.view")) {
        assertThat(appLevel(claim, permission, inbox.key()))
            .as("%s in %s", permission, inbox.key())
            .isEqualTo(effective.level(permission, inbox.id()));
      }
    }
  }

  @Test
  @DisplayName("a channel filter keeps only inboxes of those channels")
  void channelFilter() {
    ChatClaim claim =
        encode(
            effective(
                Grants.empty(),
                Map.of(
                    "web-berlin",
                    grants("chat.handle", "all"),
                    "wa-berlin",
                    grants("chat.handle", "all"))),
            new ClaimScope(Set.of(Channel.of("whatsapp")), Set.of()),
            200);

    assertThat(claim.inboxes()).containsOnlyKeys("wa-berlin");
  }

  @Test
  @DisplayName("a node filter keeps only inboxes below those nodes")
  void nodeFilter() {
    ChatClaim claim =
        encode(
            effective(
                Grants.empty(),
                Map.of(
                    "web-berlin",
                    grants("chat.handle", "all"),
                    "web-paris",
                    grants("chat.handle", "all"))),
            new ClaimScope(Set.of(), Set.of(nodeId("paris"))),
            200);

    assertThat(claim.inboxes()).containsOnlyKeys("web-paris");
  }

  @Test
  @DisplayName(
      "past the inbox limit the claim is marked incomplete and lists the first inboxes by key")
  void inboxLimit() {
    Grants g = grants("chat.handle", "all");
    ChatClaim claim =
        encode(
            effective(Grants.empty(), Map.of("web-berlin", g, "wa-berlin", g, "web-paris", g)),
            ClaimScope.everything(),
            2);

    assertThat(claim.complete()).isFalse();
    assertThat(claim.inboxes()).containsOnlyKeys("wa-berlin", "web-berlin");
  }

  @Test
  @DisplayName(
      "in a large tree, a user with few inboxes (sorted) and one with most (walked in key order)"
          + " get the same claim form: key order, filters, limit")
  void sparseAndDenseUsersOfALargeTree() {
    List<TreeNode> nodes = new ArrayList<>();
    nodes.add(location("hub", null));
    for (int i = 0; i < 40; i++) {
      nodes.add(inbox("in-" + i, "hub", i % 2 == 0 ? "web" : "whatsapp"));
    }
    InboxTree tree = new InboxTree(nodes);
    Grants g = grants("chat.handle", "all");
    Map<String, Grants> few = new LinkedHashMap<>();
    for (String key : List.of("in-9", "in-30", "in-12", "in-3")) {
      few.put(nodeId(key), g);
    }
    Map<String, Grants> most = new LinkedHashMap<>();
    for (int i = 39; i >= 0; i--) {
      most.put(nodeId("in-" + i), i == 12 ? grants("chat.handle", "own") : g);
    }
    ClaimScope web = new ClaimScope(Set.of(Channel.of("web")), Set.of());

    ChatClaim sparse =
        encoder.encode(
            tree, EffectivePermissions.of(Grants.empty(), few), web, 2, 1, List.of(), null);
    ChatClaim dense =
        encoder.encode(
            tree, EffectivePermissions.of(Grants.empty(), most), web, 3, 1, List.of(), null);

    assertThat(sparse.inboxes()).containsExactly(Map.entry("in-12", 0), Map.entry("in-30", 0));
    assertThat(sparse.complete()).isTrue();
    assertThat(dense.inboxes())
        .containsExactly(Map.entry("in-0", 0), Map.entry("in-10", 0), Map.entry("in-12", 1));
    assertThat(dense.complete()).isFalse();
    assertThat(dense.sets()).hasSize(2);
  }

  @Test
  @DisplayName(
      "past the byte limit the claim lists the inboxes that fit, in key order, and is incomplete")
  void byteLimit() throws Exception {
    Grants handle = grants("chat.handle", "all");
    Grants view = grants("conversation.view", "department");
    EffectivePermissions effective =
        effective(
            grants("presence.use", "all"),
            Map.of("wa-berlin", handle, "web-berlin", view, "wa-paris", handle, "web-paris", view));
    ObjectMapper jackson = new ObjectMapper();
    int whole =
        jackson
            .writeValueAsString(
                encoder
                    .encode(TREE, effective, ClaimScope.everything(), 200, 17, List.of(), null)
                    .toJson())
            .length();

    for (int limit = whole - 60; limit <= whole; limit++) {
      ChatClaim claim =
          encoder.encode(TREE, effective, ClaimScope.everything(), 200, limit, 17, List.of(), null);
      int bytes = jackson.writeValueAsString(claim.toJson()).length();

      assertThat(bytes).as("limit %d", limit).isLessThanOrEqualTo(limit);
      assertThat(claim.complete()).as("limit %d", limit).isEqualTo(limit >= whole);
      assertThat(claim.all()).containsEntry("presence.use", "all");
      List<String> listed = List.copyOf(claim.inboxes().keySet());
      assertThat(listed)
          .isEqualTo(
              List.of("wa-berlin", "wa-paris", "web-berlin", "web-paris")
                  .subList(0, listed.size()));
      assertThat(claim.sets())
          .hasSize(
              Math.min(2, (int) listed.stream().distinct().count()) == 0
                  ? 0
                  : (listed.stream().anyMatch(k -> k.startsWith("web")) ? 2 : 1));
    }
  }

  @Test
  @DisplayName(
      "the JSON form carries the format version, revision as a string, and departments only when asked")
  void jsonForm() {
    Map<String, Object> json =
        encode(EffectivePermissions.empty(), ClaimScope.everything(), 200).toJson();

    assertThat(json)
        .containsEntry("v", 2)
        .containsEntry("rev", "17")
        .doesNotContainKey("departments");
    assertThat(json.keySet())
        .containsExactly("v", "rev", "licenses", "all", "sets", "inboxes", "complete");
    Map<String, Object> withDepartments =
        encoder
            .encode(
                TREE,
                EffectivePermissions.empty(),
                ClaimScope.everything(),
                200,
                1,
                List.of(),
                List.of("sales"))
            .toJson();
    assertThat(withDepartments).containsEntry("departments", List.of("sales"));
  }
}
