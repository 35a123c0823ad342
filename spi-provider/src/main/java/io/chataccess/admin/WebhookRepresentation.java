package io.chataccess.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A webhook as the admin API reads and writes it. {@code secret} is answered once, when the webhook
 * is created or its secret replaced; {@code id} and {@code createdAt} are read-only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookRepresentation(
    String id,
    String url,
    String secret,
    List<String> kinds,
    List<String> nodes,
    List<String> users,
    Boolean enabled,
    Long createdAt) {}
