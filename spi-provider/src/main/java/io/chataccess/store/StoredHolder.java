package io.chataccess.store;

/** One user holding a seat of a license type. */
public record StoredHolder(String licenseTypeId, String userId, String source, long grantedAt) {}
