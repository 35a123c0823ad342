package io.chataccess.bench.load;

import java.time.LocalTime;

/** The driver's progress lines on standard error, and the seconds a step took. */
final class Progress {

  private Progress() {}

  static void log(String message) {
    System.err.println("[load " + LocalTime.now().withNano(0) + "] " + message);
  }

  static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
