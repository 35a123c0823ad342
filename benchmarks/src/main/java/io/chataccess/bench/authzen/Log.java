package io.chataccess.bench.authzen;

import io.chataccess.bench.load.Markdown;
import java.time.LocalTime;

/** The driver's progress lines on standard error, and time formatting. */
final class Log {

  private Log() {}

  static void log(String message) {
    System.err.println("[authzen " + LocalTime.now().withNano(0) + "] " + message);
  }

  static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static String millis(long nanos) {
    return Markdown.decimal(nanos / 1e6, nanos < 10_000_000 ? 2 : 1) + " ms";
  }
}
