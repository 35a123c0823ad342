package io.chataccess.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chataccess.policy.Channel;
import io.chataccess.policy.ChatClaim;
import io.chataccess.policy.ClaimEncoder;
import io.chataccess.policy.ClaimScope;
import io.chataccess.policy.EffectivePermissions;
import io.chataccess.policy.Resolver;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints the size in bytes of the {@code chat} claim (compact JSON, as it sits in a token before
 * base64) for the typical agent, the supervisor and the heaviest user of the generated realm:
 * unfiltered with the default inbox limit of 200, without a limit, and limited to one channel.
 */
public final class ClaimSizeReport {

  private ClaimSizeReport() {}

  public static void main(String[] args) throws Exception {
    ScalePolicy realm = new ScalePolicy(ScaleRealm.generate(ScaleRealmSeed.SEED));
    Map<String, String> users = new LinkedHashMap<>();
    users.put("typical agent", realm.typicalAgent());
    users.put("supervisor (1,000 inboxes)", ScaleRealm.SUPERVISOR);
    users.put("heaviest generated user", realm.heaviestUser());
    ObjectMapper json = new ObjectMapper();
    Resolver resolver = new Resolver();
    ClaimEncoder encoder = new ClaimEncoder();
    System.out.println("| user | inboxes with grants | limit 200 | no limit | whatsapp only |");
    System.out.println("|---|---|---|---|---|");
    for (Map.Entry<String, String> user : users.entrySet()) {
      EffectivePermissions effective =
          resolver.resolve(realm.policy(), realm.user(user.getValue()));
      ClaimScope whatsapp = new ClaimScope(Set.of(Channel.of("whatsapp")), Set.of());
      long limited = size(json, encoder, realm, effective, ClaimScope.everything(), 200);
      long unlimited =
          size(json, encoder, realm, effective, ClaimScope.everything(), Integer.MAX_VALUE);
      long oneChannel = size(json, encoder, realm, effective, whatsapp, 200);
      System.out.printf(
          "| %s | %d | %d | %d | %d |%n",
          user.getKey(), effective.inboxIds().size(), limited, unlimited, oneChannel);
    }
  }

  private static long size(
      ObjectMapper json,
      ClaimEncoder encoder,
      ScalePolicy realm,
      EffectivePermissions effective,
      ClaimScope scope,
      int limit)
      throws Exception {
    ChatClaim claim =
        encoder.encode(
            realm.policy().tree(),
            effective,
            scope,
            limit,
            realm.policy().revision(),
            List.of(),
            List.of());
    return json.writeValueAsString(claim.toJson()).getBytes(StandardCharsets.UTF_8).length;
  }
}
