package io.chataccess.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change entry on its way to one webhook: the outbox ({@code CA_WEBHOOK_DELIVERY}). */
@Entity(name = "ChatAccessWebhookDelivery")
@Table(name = "CA_WEBHOOK_DELIVERY")
public class WebhookDeliveryEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "WEBHOOK_ID", length = 36, nullable = false)
  private String webhookId;

  @Column(name = "REVISION", nullable = false)
  private long revision;

  @Column(name = "PAYLOAD", nullable = false)
  private String payload;

  @Column(name = "STATUS", length = 16, nullable = false)
  private String status;

  @Column(name = "ATTEMPTS", nullable = false)
  private int attempts;

  @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
  private long nextAttemptAt;

  @Column(name = "CLAIMED_UNTIL", nullable = false)
  private long claimedUntil;

  @Column(name = "LAST_STATUS")
  private Integer lastStatus;

  @Column(name = "LAST_ERROR", length = 1024)
  private String lastError;

  @Column(name = "CREATED_AT", nullable = false)
  private long createdAt;

  @Column(name = "DELIVERED_AT")
  private Long deliveredAt;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getRealmId() {
    return realmId;
  }

  public void setRealmId(String realmId) {
    this.realmId = realmId;
  }

  public String getWebhookId() {
    return webhookId;
  }

  public void setWebhookId(String webhookId) {
    this.webhookId = webhookId;
  }

  public long getRevision() {
    return revision;
  }

  public void setRevision(long revision) {
    this.revision = revision;
  }

  public String getPayload() {
    return payload;
  }

  public void setPayload(String payload) {
    this.payload = payload;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public long getNextAttemptAt() {
    return nextAttemptAt;
  }

  public void setNextAttemptAt(long nextAttemptAt) {
    this.nextAttemptAt = nextAttemptAt;
  }

  public long getClaimedUntil() {
    return claimedUntil;
  }

  public void setClaimedUntil(long claimedUntil) {
    this.claimedUntil = claimedUntil;
  }

  public Integer getLastStatus() {
    return lastStatus;
  }

  public void setLastStatus(Integer lastStatus) {
    this.lastStatus = lastStatus;
  }

  public String getLastError() {
    return lastError;
  }

  public void setLastError(String lastError) {
    this.lastError = lastError;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(long createdAt) {
    this.createdAt = createdAt;
  }

  public Long getDeliveredAt() {
    return deliveredAt;
  }

  public void setDeliveredAt(Long deliveredAt) {
    this.deliveredAt = deliveredAt;
  }
}
