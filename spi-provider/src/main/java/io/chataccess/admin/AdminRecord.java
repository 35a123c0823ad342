package io.chataccess.admin;

import java.util.List;
import org.keycloak.events.admin.OperationType;

/**
 * One admin event of a write: what was done to which item, its representation and its path below
 * {@code chat-access}.
 */
record AdminRecord(
    OperationType operation, String resourceType, Object representation, List<String> path) {}
