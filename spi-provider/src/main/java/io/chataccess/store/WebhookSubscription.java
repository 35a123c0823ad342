package io.chataccess.store;

import java.util.Set;

/**
 * A realm's webhook (docs/changes.md, "Webhooks"): where change entries are posted, signed with
 * {@code secret} (Standard Webhooks, {@code whsec_...}). Empty filters take every entry; otherwise
 * an entry goes out when its kinds meet {@code kinds}, and it reaches all users or meets {@code
 * userIds}, and, when {@code nodeKeys} is given, it names one of them or reaches all users.
 */
public record WebhookSubscription(
    String id,
    String url,
    String secret,
    Set<String> kinds,
    Set<String> nodeKeys,
    Set<String> userIds,
    boolean enabled,
    long createdAt) {

  public WebhookSubscription {
    kinds = Set.copyOf(kinds);
    nodeKeys = Set.copyOf(nodeKeys);
    userIds = Set.copyOf(userIds);
  }

  /** Whether the entry goes to this webhook. */
  public boolean wants(ChangeEntry entry) {
    if (!enabled) {
      return false;
    }
    if (!kinds.isEmpty() && entry.kinds().stream().noneMatch(kinds::contains)) {
      return false;
    }
    if (!userIds.isEmpty()
        && !entry.allUsers()
        && entry.users().stream().noneMatch(userIds::contains)) {
      return false;
    }
    return nodeKeys.isEmpty()
        || entry.allUsers()
        || entry.nodes().stream().anyMatch(nodeKeys::contains);
  }
}
