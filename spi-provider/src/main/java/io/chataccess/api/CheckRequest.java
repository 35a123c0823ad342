package io.chataccess.api;

import java.util.List;

/** One question: may this user do this in this inbox (on this conversation)? */
public record CheckRequest(
    String userId,
    String username,
    String permission,
    String inbox,
    String conversationOwner,
    List<String> ownerDepartments) {}
