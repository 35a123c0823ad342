package io.chataccess.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of seat; {@code channels} is a comma-separated list, empty for every channel. */
@Entity(name = "ChatAccessLicenseType")
@Table(name = "CA_LICENSE_TYPE")
public class LicenseTypeEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "LICENSE_KEY", length = 63, nullable = false)
  private String key;

  @Column(name = "NAME", nullable = false)
  private String name;

  @Column(name = "SEAT_LIMIT")
  private Integer seatLimit;

  @Column(name = "CHANNELS", length = 4000, nullable = false)
  private String channels;

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

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getSeatLimit() {
    return seatLimit;
  }

  public void setSeatLimit(Integer seatLimit) {
    this.seatLimit = seatLimit;
  }

  public String getChannels() {
    return channels;
  }

  public void setChannels(String channels) {
    this.channels = channels;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(long createdAt) {
    this.createdAt = createdAt;
  }
}
