package io.chataccess.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Per-realm chat settings. Its row is also the realm's write lock: every write bumps {@code
 * revision} first, which serializes concurrent writers of one realm until they commit.
 */
@Entity(name = "ChatAccessRealmSettings")
@Table(name = "CA_REALM_SETTINGS")
public class RealmSettingsEntity {

  @Id
  @Column(name = "REALM_ID", length = 36)
  private String realmId;

  @Column(name = "DEPARTMENT_ROOT_GROUP_ID", length = 36)
  private String departmentRootGroupId;

  @Column(name = "LICENSES_REQUIRED", nullable = false)
  private boolean licensesRequired;

  @Column(name = "REVISION", nullable = false)
  private long revision;

  public String getRealmId() {
    return realmId;
  }

  public void setRealmId(String realmId) {
    this.realmId = realmId;
  }

  public String getDepartmentRootGroupId() {
    return departmentRootGroupId;
  }

  public void setDepartmentRootGroupId(String departmentRootGroupId) {
    this.departmentRootGroupId = departmentRootGroupId;
  }

  public boolean isLicensesRequired() {
    return licensesRequired;
  }

  public void setLicensesRequired(boolean licensesRequired) {
    this.licensesRequired = licensesRequired;
  }

  public long getRevision() {
    return revision;
  }

  public void setRevision(long revision) {
    this.revision = revision;
  }
}
