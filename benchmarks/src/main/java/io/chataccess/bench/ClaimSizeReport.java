package io.chataccess.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.policy.Channel;
import io.chataccess.policy.ChatClaim;
import io.chataccess.policy.ClaimEncoder;
import io.chataccess.policy.ClaimScope;
import io.chataccess.policy.EffectivePermissions;
import io.chataccess.policy.Resolver;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints the size in bytes of the {@code chat} claim (compact JSON, as it sits in a token before
 * base64) for the typical agent, the supervisor and the heaviest user of the generated realm: with
 * no limit, with the mapper's defaults (200 inboxes, 4,096 bytes), limited to one channel and to
 * one location; then the distribution over all 10,000 generated users.
 */
public final class ClaimSizeReport {

  private static final int DEFAULT_INBOX_LIMIT = 200;
  private static final int DEFAULT_BYTE_LIMIT = 4096;
  private static final int NO_LIMIT = Integer.MAX_VALUE;

  /** What an agent's chat desktop needs: the mapper option "Limit to permissions". */
  static final Set<String> AGENT_DESKTOP =
      Set.of("chat.handle", "conversation.view", "conversation.transfer", "canned.use");

  private final ScalePolicy realm;
  private final ObjectMapper json = new ObjectMapper();
  private final Resolver resolver = new Resolver();
  private final ClaimEncoder encoder = new ClaimEncoder();

  private ClaimSizeReport(ScalePolicy realm) {
    this.realm = realm;
  }

  public static void main(String[] args) throws Exception {
    new ClaimSizeReport(new ScalePolicy(ScaleRealm.generate(ScaleRealmSeed.SEED))).print();
  }

  private void print() throws Exception {
    Map<String, String> users = new LinkedHashMap<>();
    users.put("typical agent", realm.typicalAgent());
    users.put("supervisor", ScaleRealm.SUPERVISOR);
    users.put("heaviest generated user", realm.heaviestUser());
    ClaimScope whatsapp = new ClaimScope(Set.of(Channel.of("whatsapp")), Set.of());
    ClaimScope oneLocation = new ClaimScope(Set.of(), Set.of("loc-0"));
    System.out.println(
        "| user | inboxes with grants | no limit | defaults (200 inboxes, 4,096 bytes)"
            + " | whatsapp only | location loc-0 only | agent desktop permissions only |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Map.Entry<String, String> user : users.entrySet()) {
      EffectivePermissions effective = resolve(user.getValue());
      System.out.printf(
          "| %s (%s) | %d | %s | %s | %s | %s | %s |%n",
          user.getKey(),
          user.getValue(),
          effective.inboxIds().size(),
          size(effective, ClaimScope.everything(), NO_LIMIT, NO_LIMIT),
          size(effective, ClaimScope.everything(), DEFAULT_INBOX_LIMIT, DEFAULT_BYTE_LIMIT),
          size(effective, whatsapp, DEFAULT_INBOX_LIMIT, DEFAULT_BYTE_LIMIT),
          size(effective, oneLocation, DEFAULT_INBOX_LIMIT, DEFAULT_BYTE_LIMIT),
          size(
              effective.onlyOf(AGENT_DESKTOP),
              ClaimScope.everything(),
              DEFAULT_INBOX_LIMIT,
              DEFAULT_BYTE_LIMIT));
    }
    printDistribution();
  }

  private void printDistribution() throws Exception {
    List<Integer> unlimited = new ArrayList<>();
    List<Integer> desktop = new ArrayList<>();
    int truncated = 0;
    for (ScaleRealm.User user : realm.realm().users()) {
      EffectivePermissions effective = resolve(user.username());
      unlimited.add(bytes(encode(effective, ClaimScope.everything(), NO_LIMIT, NO_LIMIT)));
      desktop.add(
          bytes(
              encode(
                  effective.onlyOf(AGENT_DESKTOP),
                  ClaimScope.everything(),
                  DEFAULT_INBOX_LIMIT,
                  DEFAULT_BYTE_LIMIT)));
      if (!encode(effective, ClaimScope.everything(), DEFAULT_INBOX_LIMIT, DEFAULT_BYTE_LIMIT)
          .complete()) {
        truncated++;
      }
    }
    unlimited.sort(null);
    desktop.sort(null);
    System.out.println();
    System.out.printf(
        "All %,d generated users, claim without limits: p50 %,d B, p90 %,d B, p99 %,d B, max %,d"
            + " B; %d claims (%.2f %%) incomplete with the default limits%n",
        unlimited.size(),
        percentile(unlimited, 50),
        percentile(unlimited, 90),
        percentile(unlimited, 99),
        unlimited.get(unlimited.size() - 1),
        truncated,
        100.0 * truncated / unlimited.size());
    System.out.printf(
        "Agent desktop permissions only (%s): p50 %,d B, p90 %,d B, p99 %,d B%n",
        String.join(", ", new java.util.TreeSet<>(AGENT_DESKTOP)),
        percentile(desktop, 50),
        percentile(desktop, 90),
        percentile(desktop, 99));
  }

  private EffectivePermissions resolve(String username) {
    return resolver.resolve(realm.policy(), realm.user(username));
  }

  private String size(EffectivePermissions effective, ClaimScope scope, int inboxes, int bytes)
      throws Exception {
    ChatClaim claim = encode(effective, scope, inboxes, bytes);
    return String.format(
        "%,d B, %d inboxes%s",
        bytes(claim), claim.inboxes().size(), claim.complete() ? "" : ", incomplete");
  }

  private ChatClaim encode(
      EffectivePermissions effective, ClaimScope scope, int inboxLimit, int byteLimit) {
    return encoder.encode(
        realm.policy().tree(),
        effective,
        scope,
        inboxLimit,
        byteLimit,
        realm.policy().revision(),
        List.of(),
        List.of());
  }

  private int bytes(ChatClaim claim) throws Exception {
    return json.writeValueAsString(claim.toJson()).getBytes(StandardCharsets.UTF_8).length;
  }

  private static int percentile(List<Integer> sorted, int percent) {
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
  }
}
