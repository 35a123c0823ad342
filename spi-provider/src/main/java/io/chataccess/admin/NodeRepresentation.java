package io.chataccess.admin;

import java.util.List;
import java.util.Map;

/** An inbox tree node in the admin API. {@code id} and {@code path} are read-only. */
public record NodeRepresentation(
    String id,
    String key,
    String name,
    String type,
    String parentId,
    String channel,
    Map<String, String> attributes,
    List<String> path) {}
