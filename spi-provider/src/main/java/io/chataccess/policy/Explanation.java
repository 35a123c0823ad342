package io.chataccess.policy;

/** Why a user has the level it has for one permission in one inbox. */
public final class Explanation {}
