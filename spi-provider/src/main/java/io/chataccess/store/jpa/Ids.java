package io.chataccess.store.jpa;

import java.util.UUID;

final class Ids {

  private Ids() {}

  static String newId() {
    return UUID.randomUUID().toString();
  }

  static long now() {
    return System.currentTimeMillis();
  }
}
