package io.chataccess.store.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** One saved version of a chat role: its grants ({@code permission -> level}). */
@Entity(name = "ChatAccessRoleVersion")
@Table(name = "CA_ROLE_VERSION")
public class RoleVersionEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "ROLE_ID", length = 36, nullable = false)
  private String roleId;

  @Column(name = "VERSION_NUMBER", nullable = false)
  private int number;

  @Column(name = "REQUIRES_LICENSE", nullable = false)
  private boolean requiresLicense;

  @Column(name = "SAVE_MODE", length = 16, nullable = false)
  private String saveMode;

  @Column(name = "CREATED_AT", nullable = false)
  private long createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "CA_ROLE_GRANT", joinColumns = @JoinColumn(name = "ROLE_VERSION_ID"))
  @MapKeyColumn(name = "PERMISSION", length = 128)
  @Column(name = "GRANT_LEVEL", length = 16)
  private Map<String, String> grants = new HashMap<>();

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getRoleId() {
    return roleId;
  }

  public void setRoleId(String roleId) {
    this.roleId = roleId;
  }

  public int getNumber() {
    return number;
  }

  public void setNumber(int number) {
    this.number = number;
  }

  public boolean isRequiresLicense() {
    return requiresLicense;
  }

  public void setRequiresLicense(boolean requiresLicense) {
    this.requiresLicense = requiresLicense;
  }

  public String getSaveMode() {
    return saveMode;
  }

  public void setSaveMode(String saveMode) {
    this.saveMode = saveMode;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(long createdAt) {
    this.createdAt = createdAt;
  }

  public Map<String, String> getGrants() {
    return grants;
  }

  public void setGrants(Map<String, String> grants) {
    this.grants = grants;
  }
}
