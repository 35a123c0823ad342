package io.chataccess.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A permission a realm added to the built-in catalog. */
@Entity(name = "ChatAccessCustomPermission")
@Table(name = "CA_PERMISSION")
public class CustomPermissionEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "PERMISSION_KEY", length = 128, nullable = false)
  private String key;

  @Column(name = "KIND", length = 16, nullable = false)
  private String kind;

  @Column(name = "DESCRIPTION", length = 2048)
  private String description;

  /** The key of the permission this one requires, or null. */
  @Column(name = "REQUIRES_KEY", length = 128)
  private String requires;

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

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getRequires() {
    return requires;
  }

  public void setRequires(String requires) {
    this.requires = requires;
  }
}
