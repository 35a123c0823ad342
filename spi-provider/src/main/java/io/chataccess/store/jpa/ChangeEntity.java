package io.chataccess.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One row of the change log ({@code CA_CHANGE}); lists are stored as JSON arrays. */
@Entity(name = "ChatAccessChange")
@Table(name = "CA_CHANGE")
@IdClass(ChangeEntity.Key.class)
public class ChangeEntity {

  @Id
  @Column(name = "REALM_ID", length = 36)
  private String realmId;

  @Id
  @Column(name = "REVISION")
  private long revision;

  @Column(name = "CHANGED_AT", nullable = false)
  private long changedAt;

  @Column(name = "KINDS", length = 1000, nullable = false)
  private String kinds;

  @Column(name = "ALL_USERS", nullable = false)
  private boolean allUsers;

  @Column(name = "USERS")
  private String users;

  @Column(name = "NODES")
  private String nodes;

  /** The primary key: realm and revision. */
  public static class Key implements Serializable {
    private String realmId;
    private long revision;

    public Key() {}

    public Key(String realmId, long revision) {
      this.realmId = realmId;
      this.revision = revision;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && revision == key.revision
          && Objects.equals(realmId, key.realmId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(realmId, revision);
    }
  }

  public String getRealmId() {
    return realmId;
  }

  public void setRealmId(String realmId) {
    this.realmId = realmId;
  }

  public long getRevision() {
    return revision;
  }

  public void setRevision(long revision) {
    this.revision = revision;
  }

  public long getChangedAt() {
    return changedAt;
  }

  public void setChangedAt(long changedAt) {
    this.changedAt = changedAt;
  }

  public String getKinds() {
    return kinds;
  }

  public void setKinds(String kinds) {
    this.kinds = kinds;
  }

  public boolean isAllUsers() {
    return allUsers;
  }

  public void setAllUsers(boolean allUsers) {
    this.allUsers = allUsers;
  }

  public String getUsers() {
    return users;
  }

  public void setUsers(String users) {
    this.users = users;
  }

  public String getNodes() {
    return nodes;
  }

  public void setNodes(String nodes) {
    this.nodes = nodes;
  }
}
