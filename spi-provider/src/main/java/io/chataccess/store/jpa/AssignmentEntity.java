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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code subject x (role | inline grants) x scope}. */
@Entity(name = "ChatAccessAssignment")
@Table(name = "CA_ASSIGNMENT")
public class AssignmentEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "SUBJECT_TYPE", length = 16, nullable = false)
  private String subjectType;

  @Column(name = "SUBJECT_ID", length = 36, nullable = false)
  private String subjectId;

  /** The client of a client role subject, so removing the client removes the assignment. */
  @Column(name = "SUBJECT_CONTAINER_ID", length = 36)
  private String subjectContainerId;

  @Column(name = "ROLE_ID", length = 36)
  private String roleId;

  @Column(name = "PINNED_VERSION")
  private Integer pinnedVersion;

  @Column(name = "SCOPE_TYPE", length = 16, nullable = false)
  private String scopeType;

  @Column(name = "SCOPE_NODE_ID", length = 36)
  private String scopeNodeId;

  @Column(name = "SOURCE", nullable = false)
  private String source;

  @Column(name = "CREATED_AT", nullable = false)
  private long createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "CA_ASSIGNMENT_INBOX", joinColumns = @JoinColumn(name = "ASSIGNMENT_ID"))
  @Column(name = "NODE_ID", length = 36)
  private Set<String> inboxIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "CA_ASSIGNMENT_GRANT", joinColumns = @JoinColumn(name = "ASSIGNMENT_ID"))
  @MapKeyColumn(name = "PERMISSION", length = 128)
  @Column(name = "GRANT_LEVEL", length = 16)
  private Map<String, String> grants = new HashMap<>();

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

  public String getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

  public String getSubjectContainerId() {
    return subjectContainerId;
  }

  public void setSubjectContainerId(String subjectContainerId) {
    this.subjectContainerId = subjectContainerId;
  }

  public String getRoleId() {
    return roleId;
  }

  public void setRoleId(String roleId) {
    this.roleId = roleId;
  }

  public Integer getPinnedVersion() {
    return pinnedVersion;
  }

  public void setPinnedVersion(Integer pinnedVersion) {
    this.pinnedVersion = pinnedVersion;
  }

  public String getScopeType() {
    return scopeType;
  }

  public void setScopeType(String scopeType) {
    this.scopeType = scopeType;
  }

  public String getScopeNodeId() {
    return scopeNodeId;
  }

  public void setScopeNodeId(String scopeNodeId) {
    this.scopeNodeId = scopeNodeId;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(long createdAt) {
    this.createdAt = createdAt;
  }

  public Set<String> getInboxIds() {
    return inboxIds;
  }

  public void setInboxIds(Set<String> inboxIds) {
    this.inboxIds = inboxIds;
  }

  public Map<String, String> getGrants() {
    return grants;
  }

  public void setGrants(Map<String, String> grants) {
    this.grants = grants;
  }
}
