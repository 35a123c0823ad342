package io.chataccess.store;

/**
 * One entry on its way to one webhook, from the outbox written with the change: {@code pending}
 * until a node delivers it ({@code delivered}) or gives up after the last attempt ({@code failed}).
 */
public record WebhookDelivery(
    String id,
    String realmId,
    String webhookId,
    long revision,
    String payload,
    String status,
    int attempts,
    long nextAttemptAt,
    Integer lastStatus,
    String lastError,
    long createdAt,
    Long deliveredAt) {

  public static final String PENDING = "pending";
  public static final String DELIVERED = "delivered";
  public static final String FAILED = "failed";

  /** The last error is kept to this length. */
  public static final int ERROR_CHARS = 1024;
}
