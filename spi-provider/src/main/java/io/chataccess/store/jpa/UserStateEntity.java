package io.chataccess.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Per-user chat state: the suspension switch. */
@Entity(name = "ChatAccessUserState")
@Table(name = "CA_USER_STATE")
public class UserStateEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "USER_ID", length = 36, nullable = false)
  private String userId;

  @Column(name = "SUSPENDED", nullable = false)
  private boolean suspended;

  @Column(name = "REASON", length = 1024)
  private String reason;

  @Column(name = "CHANGED_AT", nullable = false)
  private long changedAt;

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

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public boolean isSuspended() {
    return suspended;
  }

  public void setSuspended(boolean suspended) {
    this.suspended = suspended;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public long getChangedAt() {
    return changedAt;
  }

  public void setChangedAt(long changedAt) {
    this.changedAt = changedAt;
  }
}
