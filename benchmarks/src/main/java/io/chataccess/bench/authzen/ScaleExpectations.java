package io.chataccess.bench.authzen;

import io.chataccess.bench.ScalePolicy;
import io.chataccess.bench.ScaleRealm;
import io.chataccess.policy.EffectivePermissions;
import io.chataccess.policy.Grants;
import io.chataccess.policy.Level;
import io.chataccess.policy.Resolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the searches of setup B must answer, computed by the pure resolver on the generated realm
 * (licenses off, nobody suspended): per inbox, the users with a level other than {@code none} for
 * the action; per user, those inboxes.
 */
final class ScaleExpectations {

  private final Map<String, Set<String>> usersByInbox = new TreeMap<>();
  private final Map<String, Set<String>> inboxesByUser = new HashMap<>();

  ScaleExpectations(ScalePolicy policy, String action) {
    Resolver resolver = new Resolver();
    List<String> inboxes = new ArrayList<>();
    policy.realm().nodes().stream()
        .filter(ScaleRealm.Node::isInbox)
        .forEach(node -> inboxes.add(node.key()));
    inboxes.forEach(inbox -> usersByInbox.put(inbox, new TreeSet<>()));
    List<String> users = new ArrayList<>();
    policy.realm().users().forEach(user -> users.add(user.username()));
    users.add(ScaleRealm.SUPERVISOR);
    for (String user : users) {
      EffectivePermissions effective = resolver.resolve(policy.policy(), policy.user(user));
      Level everywhere = effective.everywhere().level(action);
      Set<String> mine = new TreeSet<>();
      for (String inbox : inboxes) {
        Grants extra = effective.perInbox().get(inbox);
        Level level = extra == null ? everywhere : everywhere.max(extra.level(action));
        if (level != Level.NONE) {
          mine.add(inbox);
          usersByInbox.get(inbox).add(user);
        }
      }
      inboxesByUser.put(user, mine);
    }
  }

  /** Every inbox key, in key order. */
  List<String> inboxKeys() {
    return new ArrayList<>(usersByInbox.keySet());
  }

  Set<String> usersOf(String inbox) {
    return usersByInbox.get(inbox);
  }

  Set<String> inboxesOf(String user) {
    return inboxesByUser.get(user);
  }

  /** The inbox with the most users who may do the action. */
  String busiestInbox() {
    String busiest = null;
    for (Map.Entry<String, Set<String>> entry : usersByInbox.entrySet()) {
      if (busiest == null || entry.getValue().size() > usersByInbox.get(busiest).size()) {
        busiest = entry.getKey();
      }
    }
    return busiest;
  }

  /** The first inbox (in key order) whose number of such users is the median over all inboxes. */
  String medianInbox() {
    List<Integer> counts = new ArrayList<>();
    usersByInbox.values().forEach(users -> counts.add(users.size()));
    List<Integer> sorted = new ArrayList<>(counts);
    sorted.sort(null);
    int median = sorted.get(sorted.size() / 2);
    return new ArrayList<>(usersByInbox.keySet()).get(counts.indexOf(median));
  }
}
