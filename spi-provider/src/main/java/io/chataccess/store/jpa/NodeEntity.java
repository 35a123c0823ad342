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

/** A location or inbox of the inbox tree. */
@Entity(name = "ChatAccessNode")
@Table(name = "CA_NODE")
public class NodeEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "NODE_KEY", length = 63, nullable = false)
  private String key;

  @Column(name = "NODE_TYPE", length = 16, nullable = false)
  private String type;

  @Column(name = "PARENT_ID", length = 36)
  private String parentId;

  @Column(name = "CHANNEL", length = 64)
  private String channel;

  @Column(name = "NAME", nullable = false)
  private String name;

  @Column(name = "CREATED_AT", nullable = false)
  private long createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "CA_NODE_ATTRIBUTE", joinColumns = @JoinColumn(name = "NODE_ID"))
  @MapKeyColumn(name = "ATTR_NAME")
  @Column(name = "ATTR_VALUE", length = 2048)
  private Map<String, String> attributes = new HashMap<>();

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

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getParentId() {
    return parentId;
  }

  public void setParentId(String parentId) {
    this.parentId = parentId;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(long createdAt) {
    this.createdAt = createdAt;
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }

  public void setAttributes(Map<String, String> attributes) {
    this.attributes = attributes;
  }
}
