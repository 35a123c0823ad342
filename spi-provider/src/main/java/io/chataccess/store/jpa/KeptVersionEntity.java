package io.chataccess.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One user kept on one version of a role by a "new only" save. */
@Entity(name = "ChatAccessKeptVersion")
@Table(name = "CA_KEPT_VERSION")
public class KeptVersionEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "ROLE_ID", length = 36, nullable = false)
  private String roleId;

  @Column(name = "USER_ID", length = 36, nullable = false)
  private String userId;

  @Column(name = "VERSION", nullable = false)
  private int version;

  @Column(name = "KEPT_AT", nullable = false)
  private long keptAt;

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

  public String getRoleId() {
    return roleId;
  }

  public void setRoleId(String roleId) {
    this.roleId = roleId;
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public long getKeptAt() {
    return keptAt;
  }

  public void setKeptAt(long keptAt) {
    this.keptAt = keptAt;
  }
}
