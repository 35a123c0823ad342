package io.chataccess.admin;

import java.util.List;

/** A license type; {@code seats} null is unlimited, {@code channels} empty is every channel. */
public record LicenseRepresentation(
    String id, String key, String name, Integer seats, List<String> channels, Long seatsUsed) {}
