package io.chataccess.bench.newonly;

import io.chataccess.bench.load.Markdown;
import java.time.LocalTime;

/** The driver's progress lines on standard error, and the time a step took. */
final class Progress {

  private Progress() {}

  static void log(String message) {
    System.err.println("[new-only " + LocalTime.now().withNano(0) + "] " + message);
  }

  static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static String seconds(double seconds) {
    return Markdown.decimal(seconds, 2) + " s";
  }

  static String millis(long nanos) {
    return Markdown.decimal(nanos / 1e6, 1);
  }
}
