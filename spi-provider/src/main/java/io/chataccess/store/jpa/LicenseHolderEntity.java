package io.chataccess.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One user holding one seat of a license type. */
@Entity(name = "ChatAccessLicenseHolder")
@Table(name = "CA_LICENSE_HOLDER")
public class LicenseHolderEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "LICENSE_TYPE_ID", length = 36, nullable = false)
  private String licenseTypeId;

  @Column(name = "USER_ID", length = 36, nullable = false)
  private String userId;

  @Column(name = "SOURCE", nullable = false)
  private String source;

  @Column(name = "GRANTED_AT", nullable = false)
  private long grantedAt;

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

  public String getLicenseTypeId() {
    return licenseTypeId;
  }

  public void setLicenseTypeId(String licenseTypeId) {
    this.licenseTypeId = licenseTypeId;
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public long getGrantedAt() {
    return grantedAt;
  }

  public void setGrantedAt(long grantedAt) {
    this.grantedAt = grantedAt;
  }
}
