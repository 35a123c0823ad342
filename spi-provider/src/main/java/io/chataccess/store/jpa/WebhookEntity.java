package io.chataccess.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A webhook of a realm ({@code CA_WEBHOOK}); filters as JSON arrays. */
@Entity(name = "ChatAccessWebhook")
@Table(name = "CA_WEBHOOK")
public class WebhookEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "URL", length = 2048, nullable = false)
  private String url;

  @Column(name = "SECRET", length = 255, nullable = false)
  private String secret;

  @Column(name = "KINDS")
  private String kinds;

  @Column(name = "NODE_KEYS")
  private String nodeKeys;

  @Column(name = "USER_IDS")
  private String userIds;

  @Column(name = "ENABLED", nullable = false)
  private boolean enabled;

  @Column(name = "CREATED_AT", nullable = false)
  private long createdAt;

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

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public String getKinds() {
    return kinds;
  }

  public void setKinds(String kinds) {
    this.kinds = kinds;
  }

  public String getNodeKeys() {
    return nodeKeys;
  }

  public void setNodeKeys(String nodeKeys) {
    this.nodeKeys = nodeKeys;
  }

  public String getUserIds() {
    return userIds;
  }

  public void setUserIds(String userIds) {
    this.userIds = userIds;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(long createdAt) {
    this.createdAt = createdAt;
  }
}
