package io.chataccess.domain;

import io.chataccess.policy.ChangeKinds;
import io.chataccess.policy.Subject;
import io.chataccess.store.ChangeEntry;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredHolder;
import io.chataccess.store.StoredNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Turns a unit's {@link ChangeSet} into the change log's entry for its revision, in the unit's
 * transaction: subjects become the users who count as them ({@link RoleHolders}, the resolver's
 * paths) as they are at the write. More than {@value #LISTED_USERS} users are recorded as "all
 * users".
 */
final class ChangeRecording {

  private static final int PAGE = 1_000;

  private ChangeRecording() {}

  static void record(
      KeycloakSession session,
      ChatAccessStore store,
      String realmId,
      long revision,
      ChangeSet changes) {
    List<String> kinds =
        changes.declared() ? List.copyOf(changes.kinds) : List.of(ChangeKinds.UNDECLARED);
    boolean allUsers = changes.allUsers || !changes.declared();
    Set<String> users = new TreeSet<>(changes.users);
    if (!allUsers) {
      Set<Subject> subjects = new LinkedHashSet<>(changes.subjects);
      RealmModel realm = session.realms().getRealm(realmId);
      if (realm != null && !subjects.isEmpty()) {
        users.addAll(RoleHolders.of(session, realm, subjects));
      }
      allUsers = users.size() > ChangeSet.LISTED_USERS;
    }
    ChangeEntry entry =
        new ChangeEntry(
            revision,
            System.currentTimeMillis(),
            kinds,
            new ArrayList<>(users),
            new ArrayList<>(nodeKeys(store, realmId, changes)),
            allUsers);
    store.changes().append(realmId, entry);
    RealmModel realm = session.realms().getRealm(realmId);
    WebhookOutbox.enqueue(store, realmId, realm == null ? realmId : realm.getName(), entry);
  }

  private static Set<String> nodeKeys(ChatAccessStore store, String realmId, ChangeSet changes) {
    Set<String> keys = new TreeSet<>(changes.nodeKeys);
    if (!changes.nodeIds.isEmpty()) {
      for (StoredNode node : store.nodes().list(realmId)) {
        if (changes.nodeIds.contains(node.id())) {
          keys.add(node.key());
        }
      }
    }
    return keys;
  }

  /** The users holding a seat of the license now. */
  static List<String> holdersOf(ChatAccessStore store, String realmId, String licenseId) {
    List<String> users = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<StoredHolder> page = store.licenses().holders(realmId, licenseId, first, PAGE);
      page.forEach(h -> users.add(h.userId()));
      if (page.size() < PAGE) {
        return users;
      }
    }
  }
}
